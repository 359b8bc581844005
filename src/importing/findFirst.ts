import type { CollectionSlug, DataFromCollectionSlug, Where } from 'payload'

import type { ImportSession } from './types'

/**
 * The first document matching any of `candidates`, tried in order, so a stronger natural key
 * (a Wikidata ID) wins over a weaker one (a name) when both match different documents.
 */
export const findFirst = async <Slug extends CollectionSlug>(
  session: ImportSession,
  collection: Slug,
  candidates: Array<Where | null>,
): Promise<DataFromCollectionSlug<Slug> | null> => {
  for (const where of candidates) {
    if (!where) continue
    const { docs } = await session.req.payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      pagination: false,
      req: session.req,
      overrideAccess: true,
    })
    if (docs[0]) return docs[0] as DataFromCollectionSlug<Slug>
  }
  return null
}

/** Existing values first, then new ones, without repeats. */
export const mergeNames = (existing: null | string[] | undefined, added: string[]): string[] => [
  ...new Set([...(existing ?? []), ...added]),
]
