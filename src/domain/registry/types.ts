/** Organisation kinds the newsroom distinguishes. */
export const ORGANIZATION_KINDS = [
  'alliance',
  'intergovernmental body',
  'government',
  'state',
  'news agency',
  'photo agency',
  'party',
  'company',
  'other',
] as const

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]

/** How a kind is stored: snake_case, so GraphQL can name it as an enum value. */
export const organizationKindValue = (kind: OrganizationKind) =>
  kind.replace(/ /g, '_') as OrganizationKindValue

type SnakeCase<T extends string> = T extends `${infer Head} ${infer Tail}`
  ? `${Head}_${SnakeCase<Tail>}`
  : T
export type OrganizationKindValue = SnakeCase<OrganizationKind>

export const TAG_KINDS = ['place', 'topic'] as const

export type TagKind = (typeof TAG_KINDS)[number]

export const PRONOUNS = ['he', 'she', 'they'] as const

export type Pronoun = (typeof PRONOUNS)[number]

/**
 * A registry date: "2009", "2009-10" or "2009-10-28". A partial `from` means the start of that
 * year or month, a partial `to` its end, so "2011-12" as an end date covers all of December.
 */
export type RegistryDate = string

/** An office a person held, e.g. US Secretary of State at the US Department of State. */
export interface PositionHeld {
  /** Shared by every holder of the same office, e.g. "us-secretary-of-state". */
  key: string
  title: string
  /** Other ways the press names the office ("US State Secretary"). */
  titleAliases: string[]
  /** Key of the organisation the office belongs to; null when no source names it. */
  organization: string | null
  /** null when nobody knows since when (a title an import found): it then stands for nobody. */
  from: RegistryDate | null
  /** null while the person still holds it. */
  to: RegistryDate | null
}

export interface PersonEntry {
  key: string
  name: string
  slug: string
  aliases: string[]
  description: string
  /** Used to follow "he said" / "she stated" back to a person; null when unknown. */
  pronoun: Pronoun | null
  positions: PositionHeld[]
  /** Wikidata item ("Q123"), or null until someone has checked it. */
  wikidataId: string | null
}

export interface OrganizationEntry {
  key: string
  name: string
  slug: string
  kind: OrganizationKind
  acronym: string | null
  aliases: string[]
  description: string
  /** Key of the parent organisation, e.g. the NATO-Russia Council's parent is NATO. */
  parent: string | null
  country: string | null
  wikidataId: string | null
}

export interface TagEntry {
  key: string
  name: string
  slug: string
  kind: TagKind
  aliases: string[]
  wikidataId: string | null
}

export interface Registry {
  people: PersonEntry[]
  organizations: OrganizationEntry[]
  tags: TagEntry[]
}
