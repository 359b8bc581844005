import type { Payload, Where } from 'payload'

import { requiredOrganizations } from '../domain/importing/requiredOrganizations'
import { endOfRegistryDate, startOfRegistryDate } from '../domain/registry/isActiveOn'
import { organizationKindValue } from '../domain/registry/types'
import type { PositionHeld, Registry } from '../domain/registry/types'
import { relationId } from '../fields/relationId'
import type { Person } from '../payload-types'
import { mergeNames } from './findFirst'
import { importContext } from './importWirePage'
import { inTransaction } from '../database/transaction'
import { saveDocument } from './saveDocument'
import { emptyTally } from './types'
import type { DocumentId, ImportSession, ImportTally } from './types'

type StoredPosition = NonNullable<Person['positions']>[number]

// Noon UTC keeps a day-only date on the same calendar day in every editor's time zone.
const calendarDay = (day: string): string => `${day}T12:00:00.000Z`

const positionFrom = (
  position: PositionHeld,
  organizationIds: Map<string, DocumentId>,
): StoredPosition => ({
  title: position.title,
  titleAliases: position.titleAliases,
  organization: position.organization ? (organizationIds.get(position.organization) ?? null) : null,
  from: position.from === null ? null : calendarDay(startOfRegistryDate(position.from)),
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

/** The natural keys of a registry entry, strongest first: Wikidata ID, slug, then any name. */
const matchOf = (
  entry: { wikidataId: string | null; slug: string; name: string },
  names: string[],
): Array<Where | null> => [
  entry.wikidataId ? { wikidataId: { equals: entry.wikidataId } } : null,
  { slug: { equals: entry.slug } },
  { name: { in: names } },
  { aliases: { in: names } },
]

/**
 * Loads a curated registry (seed/registry.json) into the database: each organisation, person and
 * tag is found by Wikidata ID, slug or any of its names (so one an import created from a wire
 * page is completed rather than doubled) and updated, or created. Aliases and positions an
 * editor added are kept.
 */
export const loadRegistry = async (session: ImportSession, registry: Registry): Promise<void> => {
  const organizationIds = new Map<string, DocumentId>()
  for (const entry of requiredOrganizations(registry.organizations, [], registry)) {
    const names = [entry.name, ...(entry.acronym ? [entry.acronym] : []), ...entry.aliases]
    const data = {
      name: entry.name,
      slug: entry.slug,
      acronym: entry.acronym,
      kind: organizationKindValue(entry.kind),
      parent: entry.parent ? (organizationIds.get(entry.parent) ?? null) : null,
      country: entry.country,
      description: entry.description,
    }
    const saved = await saveDocument(session, 'organizations', {
      match: matchOf(entry, names),
      update: (existing) => ({
        ...data,
        aliases: mergeNames(existing.aliases, entry.aliases),
        wikidataId: entry.wikidataId ?? existing.wikidataId ?? null,
      }),
      create: () => ({ ...data, aliases: entry.aliases, wikidataId: entry.wikidataId }),
    })
    organizationIds.set(entry.key, saved.id)
  }
  for (const entry of registry.people) {
    const positions = entry.positions.map((position) => positionFrom(position, organizationIds))
    const data = {
      name: entry.name,
      slug: entry.slug,
      description: entry.description,
      pronoun: entry.pronoun,
    }
    await saveDocument(session, 'people', {
      match: matchOf(entry, [entry.name, ...entry.aliases]),
      update: (existing) => ({
        ...data,
        aliases: mergeNames(existing.aliases, entry.aliases),
        positions: mergePositions(existing.positions, positions),
        wikidataId: entry.wikidataId ?? existing.wikidataId ?? null,
      }),
      create: () => ({ ...data, aliases: entry.aliases, positions, wikidataId: entry.wikidataId }),
    })
  }
  for (const entry of registry.tags) {
    await saveDocument(session, 'tags', {
      match: matchOf({ ...entry, wikidataId: null }, [entry.name, ...entry.aliases]),
      // A tag the newsroom already keeps is only taught the registry's spellings and kind.
      update: (existing) => ({
        kind: entry.kind,
        aliases: mergeNames(existing.aliases, entry.aliases),
      }),
      create: () => ({
        name: entry.name,
        slug: entry.slug,
        kind: entry.kind,
        aliases: entry.aliases,
      }),
    })
  }
}

/** loadRegistry in a transaction of its own; returns what it created and updated. */
export const loadRegistryIntoDatabase = async (
  payload: Payload,
  registry: Registry,
  options: { isSeed?: boolean } = {},
): Promise<ImportTally> => {
  const tally = emptyTally()
  await inTransaction(payload, importContext(options), async (req) => {
    await loadRegistry({ req, isSeed: Boolean(options.isSeed), tally, uploadedFiles: [] }, registry)
  })
  return tally
}
