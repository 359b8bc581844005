import type { Access } from 'payload'

import { canReadDrafts } from './roles'

/**
 * Media of unpublished stories is for staff and preview keys: a caption or credit can give an
 * embargoed story away. Readers see an image once a published story uses it as its lead image
 * (the `leadImageOf` join on Media), in lists, by id and as a file.
 */
export const publishedStoriesMedia: Access = ({ req }) => {
  if (canReadDrafts(req.user)) return true
  return { 'leadImageOf._status': { equals: 'published' } }
}
