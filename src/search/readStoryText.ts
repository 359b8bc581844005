import type { PayloadRequest } from 'payload'

import { linksOf, searchDocumentOf } from '../domain/search/searchDocument'
import type { SearchDocument, StoryForSearch } from '../domain/search/searchDocument'
import type { SearchRowInput } from '../database/searchStore'
import type { ArticlesSelect } from '../payload-types'
import { readLatestDraft } from '../workflow/readLatestDraft'
import { readLinkedEntities } from './linkedEntities'

type Id = number | string

/** The fields of a story search reads: no more, since a save pays for this read. */
export const SEARCHED_FIELDS = [
  'slug',
  'headline',
  'standfirst',
  'body',
  'quotes',
  'section',
  'tags',
  'people',
  'authors',
  'organizations',
  'publishedAt',
  'updatedAt',
  'createdAt',
  '_status',
] as const

type ReadStory = StoryForSearch & { _status?: null | string }

/** The search document of a story as read, with its links' names read in the same `req`. */
const documentOf = async (req: PayloadRequest, story: ReadStory): Promise<SearchDocument> =>
  searchDocumentOf(story, await readLinkedEntities(req, linksOf(story)))

/** The story's main document: what readers are shown when it is published. */
const readMainDocument = async (req: PayloadRequest, id: Id): Promise<null | ReadStory> =>
  (await req.payload.findByID({
    collection: 'articles',
    id,
    draft: false,
    depth: 0,
    select: Object.fromEntries(SEARCHED_FIELDS.map((f) => [f, true])) as ArticlesSelect<true>,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as null | ReadStory

/** Staff's text: the story's newest version, draft or not. */
export const readStaffDocument = async (req: PayloadRequest, id: Id): Promise<SearchDocument> =>
  documentOf(req, (await readLatestDraft(req, id, SEARCHED_FIELDS)) as ReadStory)

/** Readers' text, read just after a write that made or kept the story live: also staff's. */
export const readLiveDocument = async (
  req: PayloadRequest,
  id: Id,
): Promise<SearchDocument | null> => {
  const story = await readMainDocument(req, id)
  return story ? documentOf(req, story) : null
}

/**
 * A story's rows as they should be now, read afresh (the first fill and the rebuild): one row when
 * readers are shown the newest version or the story is not live, two when a newer draft waits.
 */
export const readStoryRows = async (req: PayloadRequest, id: Id): Promise<SearchRowInput[]> => {
  const main = await readMainDocument(req, id)
  if (!main) return []
  const staff = await readStaffDocument(req, id)
  if (main._status !== 'published') return [{ document: staff, isPublished: false, isLatest: true }]
  const readers = await documentOf(req, main)
  return JSON.stringify(readers) === JSON.stringify(staff)
    ? [{ document: readers, isPublished: true, isLatest: true }]
    : [
        { document: readers, isPublished: true, isLatest: false },
        { document: staff, isPublished: false, isLatest: true },
      ]
}
