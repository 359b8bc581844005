import type { PlannedTag } from '../domain/importing/planWireImport'
import { slugify } from '../domain/slug'
import { findFirst, mergeNames } from './findFirst'
import type { DocumentId, ImportSession } from './types'

/**
 * Creates or updates each place and topic tag, found by name, slug or alias, so "missile shield"
 * lands on the existing "missile defense". Unknown tag words become new topic tags.
 */
export const writeTags = async (
  session: ImportSession,
  tags: PlannedTag[],
): Promise<DocumentId[]> => {
  const { payload } = session.req
  const ids: DocumentId[] = []
  for (const tag of tags) {
    const names = [tag.name, ...(tag.entry?.aliases ?? [])]
    const slug = tag.entry?.slug ?? slugify(tag.name)
    const existing = await findFirst(session, 'tags', [
      { name: { in: names } },
      { slug: { equals: slug } },
      { aliases: { in: names } },
    ])
    const common = { depth: 0, req: session.req, overrideAccess: true } as const
    let id: DocumentId
    if (existing && !tag.entry) {
      id = existing.id
    } else if (existing && tag.entry) {
      // A tag the newsroom already keeps is only taught the registry's spellings and kind.
      const data = { kind: tag.kind, aliases: mergeNames(existing.aliases, tag.entry.aliases) }
      id = (await payload.update({ collection: 'tags', id: existing.id, data, ...common })).id
      session.tally.tags.updated += 1
    } else {
      const data = {
        name: tag.name,
        slug,
        kind: tag.kind,
        aliases: tag.entry?.aliases ?? [],
        isSeeded: session.isSeed,
      }
      id = (await payload.create({ collection: 'tags', data, ...common })).id
      session.tally.tags.created += 1
    }
    if (!ids.includes(id)) ids.push(id)
  }
  return ids
}
