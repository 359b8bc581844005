import type { Access, Where } from 'payload'

import { canReadDrafts } from './roles'

/**
 * Media of unpublished stories is for staff and preview keys: a caption or credit can give an
 * embargoed story away. Readers see an image once a published story uses it, as its lead image or
 * in its body (the `leadImageOf` and `inBodyOf` joins on Media), in lists, by id and as a file.
 */
const usedByPublishedStory: Where = {
  or: [
    { 'leadImageOf._status': { equals: 'published' } },
    { 'inBodyOf._status': { equals: 'published' } },
  ],
}

export const publishedStoriesMedia: Access = ({ req }) =>
  canReadDrafts(req.user) ? true : usedByPublishedStory
