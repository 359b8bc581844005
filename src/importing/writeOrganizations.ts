import { organizationKindValue } from '../domain/registry/types'
import type { OrganizationEntry } from '../domain/registry/types'
import { findFirst, mergeNames } from './findFirst'
import type { DocumentId, ImportSession } from './types'

/**
 * Creates or updates each registry organisation (found by Wikidata ID, slug or name), parents
 * first so "part of" can point at them. Returns document ids by registry key.
 */
export const writeOrganizations = async (
  session: ImportSession,
  entries: OrganizationEntry[],
): Promise<Map<string, DocumentId>> => {
  const { payload } = session.req
  const ids = new Map<string, DocumentId>()
  for (const entry of entries) {
    const existing = await findFirst(session, 'organizations', [
      entry.wikidataId ? { wikidataId: { equals: entry.wikidataId } } : null,
      { slug: { equals: entry.slug } },
      { name: { equals: entry.name } },
    ])
    const data = {
      name: entry.name,
      slug: entry.slug,
      acronym: entry.acronym,
      aliases: mergeNames(existing?.aliases, entry.aliases),
      kind: organizationKindValue(entry.kind),
      parent: entry.parent ? (ids.get(entry.parent) ?? null) : null,
      country: entry.country,
      wikidataId: entry.wikidataId ?? existing?.wikidataId ?? null,
      description: entry.description,
    }
    const common = { depth: 0, req: session.req, overrideAccess: true } as const
    const doc = existing
      ? await payload.update({ collection: 'organizations', id: existing.id, data, ...common })
      : await payload.create({
          collection: 'organizations',
          data: { ...data, isSeeded: session.isSeed },
          ...common,
        })
    session.tally.organizations[existing ? 'updated' : 'created'] += 1
    ids.set(entry.key, doc.id)
  }
  return ids
}
