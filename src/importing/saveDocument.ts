import type { CollectionSlug, DataFromCollectionSlug, Where } from 'payload'

import { findFirst } from './findFirst'
import type { DocumentId, ImportSession, ImportedCollection } from './types'

export interface SavedDocument<Slug extends CollectionSlug> {
  id: DocumentId
  doc: DataFromCollectionSlug<Slug>
  /** "found": an existing document was linked as it is. */
  outcome: 'created' | 'updated' | 'found'
}

export interface SaveDocumentOptions<Slug extends CollectionSlug> {
  /** Natural keys, strongest first (a Wikidata ID before a name); the first that finds one wins. */
  match: Array<Where | null>
  /** The changes to save on the document found; null (or no function) leaves it as it is. */
  update?: (
    existing: DataFromCollectionSlug<Slug>,
  ) => Promise<Record<string, unknown> | null> | Record<string, unknown> | null
  /** The new document, when none is found. */
  create: () => Promise<Record<string, unknown>> | Record<string, unknown>
  /** Save the update as a draft version (a draft import over a live story). */
  isDraftUpdate?: (existing: DataFromCollectionSlug<Slug>) => boolean
}

/**
 * The importer's one update-or-create: finds the document by its natural keys, updates it (or
 * links it unchanged) or creates it, marks what it creates as seed content when seeding, and
 * counts the outcome in the session's tally.
 */
export const saveDocument = async <Slug extends ImportedCollection>(
  session: ImportSession,
  collection: Slug,
  options: SaveDocumentOptions<Slug>,
): Promise<SavedDocument<Slug>> => {
  const { payload } = session.req
  const common = { depth: 0, req: session.req, overrideAccess: true } as const
  const existing = await findFirst(session, collection, options.match)
  if (existing) {
    const changes = (await options.update?.(existing)) ?? null
    if (!changes) return { id: existing.id as DocumentId, doc: existing, outcome: 'found' }
    const doc = (await payload.update({
      collection,
      id: existing.id,
      data: changes as never,
      draft: options.isDraftUpdate?.(existing) ?? false,
      ...common,
    })) as DataFromCollectionSlug<Slug>
    session.tally[collection].updated += 1
    return { id: doc.id as DocumentId, doc, outcome: 'updated' }
  }
  const doc = (await payload.create({
    collection,
    data: { ...(await options.create()), isSeeded: session.isSeed } as never,
    ...common,
  })) as DataFromCollectionSlug<Slug>
  session.tally[collection].created += 1
  return { id: doc.id as DocumentId, doc, outcome: 'created' }
}
