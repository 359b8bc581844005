import type { PayloadRequest } from 'payload'

import { foldText } from '../domain/foldText'
import { ORGANIZATION_KINDS, organizationKindValue } from '../domain/registry/types'
import type { OrganizationKind, PositionHeld, Pronoun, Registry } from '../domain/registry/types'
import { relationId } from '../fields/relationId'
import type { Organization, Person, Tag } from '../payload-types'
import type { DocumentId } from './types'

/** Directory keys name the collection and the id, so a key is all a writer needs to link it. */
export const directoryKey = (
  collection: 'organizations' | 'people' | 'tags',
  id: number | string,
): string => `${collection}:${id}`

/** The document id behind a directory key, or null for an entity not in the database yet. */
export const idOfKey = (key: string | null): DocumentId | null => {
  const match = /^(?:people|organizations|tags):(\d+)$/.exec(key ?? '')
  return match ? Number(match[1]) : null
}

const kindOf = (value: string | null | undefined): OrganizationKind =>
  ORGANIZATION_KINDS.find((kind) => organizationKindValue(kind) === value) ?? 'other'

const day = (value: string | null | undefined): string | null => value?.slice(0, 10) ?? null

const positionOf = (position: NonNullable<Person['positions']>[number]): PositionHeld => {
  const organization = relationId(position.organization)
  return {
    // Holders of the same office share its key, as in the registry.
    key: `${foldText(position.title)}@${organization ?? ''}`,
    title: position.title,
    titleAliases: position.titleAliases ?? [],
    organization: organization == null ? null : directoryKey('organizations', organization),
    from: day(position.from),
    to: day(position.to),
  }
}

const common = (req: PayloadRequest) =>
  ({ req, depth: 0, pagination: false, overrideAccess: true }) as const

/**
 * The newsroom's people, organisations and tags as the importer resolves names against them:
 * every name, alias, acronym and dated job title, read from the database in the import's
 * transaction (so what the same import just created is there too).
 */
export const readDirectory = async (req: PayloadRequest): Promise<Registry> => {
  const people = await req.payload.find({
    collection: 'people',
    select: {
      name: true,
      slug: true,
      aliases: true,
      description: true,
      pronoun: true,
      positions: true,
      wikidataId: true,
    },
    ...common(req),
  })
  const organizations = await req.payload.find({
    collection: 'organizations',
    select: {
      name: true,
      slug: true,
      kind: true,
      acronym: true,
      aliases: true,
      description: true,
      parent: true,
      country: true,
      wikidataId: true,
    },
    ...common(req),
  })
  const tags = await req.payload.find({
    collection: 'tags',
    select: { name: true, slug: true, kind: true, aliases: true },
    ...common(req),
  })
  return {
    people: (people.docs as Person[]).map((person) => ({
      key: directoryKey('people', person.id),
      name: person.name,
      slug: person.slug ?? String(person.id),
      aliases: person.aliases ?? [],
      description: person.description ?? '',
      pronoun: (person.pronoun ?? null) as Pronoun | null,
      positions: (person.positions ?? []).map(positionOf),
      wikidataId: person.wikidataId ?? null,
    })),
    organizations: (organizations.docs as Organization[]).map((organization) => {
      const parent = relationId(organization.parent)
      return {
        key: directoryKey('organizations', organization.id),
        name: organization.name,
        slug: organization.slug ?? String(organization.id),
        kind: kindOf(organization.kind),
        acronym: organization.acronym ?? null,
        aliases: organization.aliases ?? [],
        description: organization.description ?? '',
        parent: parent == null ? null : directoryKey('organizations', parent),
        country: organization.country ?? null,
        wikidataId: organization.wikidataId ?? null,
      }
    }),
    tags: (tags.docs as Tag[]).map((tag) => ({
      key: directoryKey('tags', tag.id),
      name: tag.name,
      slug: tag.slug ?? String(tag.id),
      // Events are topics to the importer: it only tells places from the rest.
      kind: tag.kind === 'place' ? 'place' : 'topic',
      aliases: tag.aliases ?? [],
      wikidataId: null,
    })),
  }
}
