import { randomUUID } from 'node:crypto'

import { whenTransactionEnds } from '../database/transaction'
import type { LinkedCollection } from '../domain/search/searchDocument'
import type { RepresentationListener } from '../publishing/representationChanged'
import { readLiveDocument, readStaffDocument } from './readStoryText'
import { searchIndexOf } from './searchIndex'

const LINKED: ReadonlySet<string> = new Set<LinkedCollection>([
  'organizations',
  'people',
  'sections',
  'tags',
])

/**
 * The search index's side of the publishing seam, in the write's own transaction: a story's rows
 * are written from the story as the write left it (read back in the transaction), so what readers
 * find commits or rolls back with what they are shown. A draft saved changes staff's row only;
 * readers' row keeps the published text, so a newer draft's words never match for them. A person,
 * organisation, tag or section changed marks the rows that name it (one statement); their names
 * are refreshed once the transaction has ended.
 */
export const keepSearchIndex: RepresentationListener = async (change, req) => {
  const index = searchIndexOf(req.payload)
  const { store } = index
  switch (change.kind) {
    case 'entityChanged':
      if (!LINKED.has(change.collection)) return
      await store.markLinking(req, `${change.collection}:${change.entity}`, randomUUID())
      whenTransactionEnds(req, index.kick)
      return
    case 'deleted':
    case 'draftDeleted':
      await store.removeStory(req, change.story)
      return
    case 'drafted':
      await store.writeLatest(req, change.story, await readStaffDocument(req, change.story))
      return
    case 'unpublished': {
      const document = await readStaffDocument(req, change.story)
      await store.writeStory(req, change.story, [{ document, isPublished: false, isLatest: true }])
      return
    }
    case 'published':
    case 'updated':
    case 'corrected':
    case 'scheduled': {
      // The write made or kept it live: the main document is readers' text and the newest.
      const document = await readLiveDocument(req, change.story)
      await store.writeStory(
        req,
        change.story,
        document ? [{ document, isPublished: true, isLatest: true }] : [],
      )
    }
  }
}
