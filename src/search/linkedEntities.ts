import type { PayloadRequest } from 'payload'

import type { LinkedCollection, LinkedEntity } from '../domain/search/searchDocument'

type Id = number | string

const OTHER_NAME_FIELDS: Record<LinkedCollection, string[]> = {
  people: ['aliases'],
  organizations: ['acronym', 'aliases'],
  tags: ['aliases'],
  sections: [],
}

const namesIn = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((name): name is string => typeof name === 'string')
    : typeof value === 'string'
      ? [value]
      : []

/**
 * The linked documents a search row names, read in `req`'s transaction past access control (a
 * row is bookkeeping; what a reader finds is decided by which row they search): one query per
 * collection that has any.
 */
export const readLinkedEntities = async (
  req: PayloadRequest,
  links: ReadonlyArray<{ collection: LinkedCollection; id: Id }>,
): Promise<LinkedEntity[]> => {
  const byCollection = new Map<LinkedCollection, Id[]>()
  for (const { collection, id } of links) {
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  }
  const found: LinkedEntity[] = []
  for (const [collection, ids] of byCollection) {
    const otherNames = OTHER_NAME_FIELDS[collection]
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      select: Object.fromEntries(
        ['name', 'slug', ...otherNames].map((field) => [field, true]),
      ) as never,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as Array<Record<string, unknown> & { id: Id }>) {
      found.push({
        collection,
        id: doc.id,
        name: typeof doc.name === 'string' ? doc.name : '',
        slug: typeof doc.slug === 'string' ? doc.slug : null,
        otherNames: otherNames.flatMap((field) => namesIn(doc[field])),
      })
    }
  }
  return found
}
