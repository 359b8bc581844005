import { endOfRegistryDate, startOfRegistryDate } from '../domain/registry/isActiveOn'
import type { PersonEntry, PositionHeld } from '../domain/registry/types'
import type { Person } from '../payload-types'
import { findFirst, mergeNames } from './findFirst'
import type { DocumentId, ImportSession } from './types'
import { relationId } from '../fields/relationId'

type StoredPosition = NonNullable<Person['positions']>[number]

// Noon UTC keeps a day-only date on the same calendar day in every editor's time zone.
const calendarDay = (day: string): string => `${day}T12:00:00.000Z`

const positionFrom = (
  position: PositionHeld,
  organizationIds: Map<string, DocumentId>,
): StoredPosition => ({
  title: position.title,
  organization: organizationIds.get(position.organization) ?? null,
  from: calendarDay(startOfRegistryDate(position.from)),
  to: position.to === null ? null : calendarDay(endOfRegistryDate(position.to)),
})

/** Registry positions replace the stored ones for the same office; positions an editor added stay. */
const mergePositions = (
  stored: Person['positions'],
  fromRegistry: StoredPosition[],
): StoredPosition[] => {
  const sameOffice = (a: StoredPosition, b: StoredPosition) =>
    a.title === b.title && String(relationId(a.organization)) === String(relationId(b.organization))
  const kept = (stored ?? []).filter((old) => !fromRegistry.some((next) => sameOffice(old, next)))
  return [
    ...fromRegistry,
    ...kept.map((old) => ({ ...old, organization: relationId(old.organization) as DocumentId })),
  ]
}

/**
 * Creates or updates each registry person (found by Wikidata ID, slug or name) with aliases,
 * description and the positions they held. Returns document ids by registry key.
 */
export const writePeople = async (
  session: ImportSession,
  entries: PersonEntry[],
  organizationIds: Map<string, DocumentId>,
): Promise<Map<string, DocumentId>> => {
  const { payload } = session.req
  const ids = new Map<string, DocumentId>()
  for (const entry of entries) {
    const existing = await findFirst(session, 'people', [
      entry.wikidataId ? { wikidataId: { equals: entry.wikidataId } } : null,
      { slug: { equals: entry.slug } },
      { name: { equals: entry.name } },
    ])
    const positions = entry.positions.map((position) => positionFrom(position, organizationIds))
    const data = {
      name: entry.name,
      slug: entry.slug,
      aliases: mergeNames(existing?.aliases, entry.aliases),
      description: entry.description,
      positions: mergePositions(existing?.positions, positions),
      wikidataId: entry.wikidataId ?? existing?.wikidataId ?? null,
    }
    const common = { depth: 0, req: session.req, overrideAccess: true } as const
    const doc = existing
      ? await payload.update({ collection: 'people', id: existing.id, data, ...common })
      : await payload.create({
          collection: 'people',
          data: { ...data, isSeeded: session.isSeed },
          ...common,
        })
    session.tally.people[existing ? 'updated' : 'created'] += 1
    ids.set(entry.key, doc.id)
  }
  return ids
}
