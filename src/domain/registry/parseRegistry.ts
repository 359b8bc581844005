import { isWikidataId } from '../wikidata'
import { ORGANIZATION_KINDS, PRONOUNS, TAG_KINDS } from './types'
import type { OrganizationEntry, PersonEntry, PositionHeld, Registry, TagEntry } from './types'

/** Lists every problem found in a registry, each naming the entry it belongs to. */
export class RegistryValidationError extends Error {
  readonly issues: string[]

  constructor(source: string, issues: string[]) {
    super(`${source}: invalid entity registry:\n- ${issues.join('\n- ')}`)
    this.name = 'RegistryValidationError'
    this.issues = issues
  }
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const REGISTRY_DATE = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$/

export const isRegistryDate = (value: string): boolean => {
  const groups = REGISTRY_DATE.exec(value)?.groups
  if (!groups) return false
  const year = Number(groups.year)
  const month = groups.month ? Number(groups.month) : 1
  const day = groups.day ? Number(groups.day) : 1
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

type Fields = Record<string, unknown>

type Check = RegExp | ((value: string) => boolean)

const passes = (check: Check, value: string): boolean =>
  typeof check === 'function' ? check(value) : check.test(value)

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const describe = (value: unknown): string =>
  value === undefined ? 'nothing' : JSON.stringify(value)

/** Reads fields of one entry, recording a readable issue for each one that is wrong. */
class EntryReader {
  constructor(
    private readonly fields: Fields,
    private readonly where: string,
    private readonly issues: string[],
  ) {}

  private fail(field: string, expected: string): void {
    this.issues.push(
      `${this.where}.${field}: expected ${expected}, got ${describe(this.fields[field])}`,
    )
  }

  text(field: string, pattern?: Check, expected = 'a non-empty string'): string {
    const value = this.fields[field]
    if (typeof value === 'string' && value.trim() !== '' && (!pattern || passes(pattern, value)))
      return value
    this.fail(field, expected)
    return ''
  }

  nullableText(
    field: string,
    pattern?: Check,
    expected = 'a non-empty string or null',
  ): string | null {
    if (this.fields[field] === null) return null
    return this.text(field, pattern, expected)
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.fields[field]
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T
    this.fail(field, `one of ${allowed.map((item) => `"${item}"`).join(', ')}`)
    return allowed[0] as T
  }

  date(field: string): string {
    const value = this.fields[field]
    if (typeof value === 'string' && isRegistryDate(value)) return value
    this.fail(field, 'a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"')
    return ''
  }

  nullableDate(field: string): string | null {
    return this.fields[field] === null ? null : this.date(field)
  }

  texts(field: string): string[] {
    const value = this.fields[field]
    if (
      Array.isArray(value) &&
      value.every((item) => typeof item === 'string' && item.trim() !== '')
    ) {
      return value as string[]
    }
    this.fail(field, 'a list of non-empty strings')
    return []
  }

  list(field: string): unknown[] {
    const value = this.fields[field]
    if (Array.isArray(value)) return value
    this.fail(field, 'a list')
    return []
  }
}

const entryLabel = (section: string, index: number, value: unknown): string => {
  const key = isObject(value) && typeof value.key === 'string' ? ` "${value.key}"` : ''
  return `${section}[${index}]${key}`
}

const readEntries = <T>(
  root: Fields,
  section: string,
  issues: string[],
  read: (reader: EntryReader, where: string, fields: Fields) => T,
): T[] => {
  const value = root[section]
  if (!Array.isArray(value)) {
    issues.push(`${section}: expected a list, got ${describe(value)}`)
    return []
  }
  return value.flatMap((item, index) => {
    const where = entryLabel(section, index, item)
    if (!isObject(item)) {
      issues.push(`${where}: expected an object, got ${describe(item)}`)
      return []
    }
    return [read(new EntryReader(item, where, issues), where, item)]
  })
}

const readPosition = (fields: unknown, where: string, issues: string[]): PositionHeld | null => {
  if (!isObject(fields)) {
    issues.push(`${where}: expected an object, got ${describe(fields)}`)
    return null
  }
  const reader = new EntryReader(fields, where, issues)
  return {
    key: reader.text('key', KEY, 'a lowercase-hyphenated key'),
    title: reader.text('title'),
    titleAliases: reader.texts('titleAliases'),
    organization: reader.text('organization', KEY, 'an organisation key'),
    from: reader.date('from'),
    to: reader.nullableDate('to'),
  }
}

const readPerson = (reader: EntryReader, where: string, issues: string[]): PersonEntry => ({
  key: reader.text('key', KEY, 'a lowercase-hyphenated key'),
  name: reader.text('name'),
  slug: reader.text('slug', KEY, 'a slug'),
  aliases: reader.texts('aliases'),
  description: reader.text('description'),
  pronoun: reader.oneOf('pronoun', PRONOUNS),
  positions: reader
    .list('positions')
    .map((position, index) => readPosition(position, `${where}.positions[${index}]`, issues))
    .filter((position): position is PositionHeld => position !== null),
  wikidataId: reader.nullableText('wikidataId', isWikidataId, 'a Wikidata ID "Q<digits>" or null'),
})

const readOrganization = (reader: EntryReader): OrganizationEntry => ({
  key: reader.text('key', KEY, 'a lowercase-hyphenated key'),
  name: reader.text('name'),
  slug: reader.text('slug', KEY, 'a slug'),
  kind: reader.oneOf('kind', ORGANIZATION_KINDS),
  acronym: reader.nullableText('acronym'),
  aliases: reader.texts('aliases'),
  description: reader.text('description'),
  parent: reader.nullableText('parent', KEY, 'an organisation key or null'),
  country: reader.nullableText('country'),
  wikidataId: reader.nullableText('wikidataId', isWikidataId, 'a Wikidata ID "Q<digits>" or null'),
})

const readTag = (reader: EntryReader): TagEntry => ({
  key: reader.text('key', KEY, 'a lowercase-hyphenated key'),
  name: reader.text('name'),
  slug: reader.text('slug', KEY, 'a slug'),
  kind: reader.oneOf('kind', TAG_KINDS),
  aliases: reader.texts('aliases'),
  wikidataId: reader.nullableText('wikidataId', isWikidataId, 'a Wikidata ID "Q<digits>" or null'),
})

/** Checks what single-entry validation cannot: unique keys, known references, sane dates. */
const checkCrossReferences = (registry: Registry, issues: string[]): void => {
  const organizationKeys = new Set(registry.organizations.map((organization) => organization.key))
  for (const [section, entries] of Object.entries(registry) as Array<
    [string, Array<{ key: string }>]
  >) {
    const seen = new Set<string>()
    entries.forEach((entry, index) => {
      if (seen.has(entry.key)) issues.push(`${section}[${index}] "${entry.key}": duplicate key`)
      seen.add(entry.key)
    })
  }
  registry.organizations.forEach((organization, index) => {
    if (organization.parent !== null && !organizationKeys.has(organization.parent)) {
      issues.push(
        `organizations[${index}] "${organization.key}".parent: no organisation "${organization.parent}"`,
      )
    }
  })
  registry.people.forEach((person, index) => {
    person.positions.forEach((position, positionIndex) => {
      const where = `people[${index}] "${person.key}".positions[${positionIndex}]`
      if (position.organization === null || !organizationKeys.has(position.organization)) {
        issues.push(`${where}.organization: no organisation "${position.organization}"`)
      }
      if (position.to !== null && position.from && position.to && position.to < position.from) {
        issues.push(`${where}: ends (${position.to}) before it starts (${position.from})`)
      }
    })
  })
}

/**
 * Validates parsed registry JSON and returns it typed. Throws a RegistryValidationError listing
 * every problem, each naming its entry, so a curator can fix the file in one pass.
 */
export const parseRegistry = (json: unknown, source = 'registry'): Registry => {
  const issues: string[] = []
  if (!isObject(json))
    throw new RegistryValidationError(source, [`expected an object, got ${describe(json)}`])
  const registry: Registry = {
    people: readEntries(json, 'people', issues, (reader, where) =>
      readPerson(reader, where, issues),
    ),
    organizations: readEntries(json, 'organizations', issues, readOrganization),
    tags: readEntries(json, 'tags', issues, readTag),
  }
  if (issues.length === 0) checkCrossReferences(registry, issues)
  if (issues.length > 0) throw new RegistryValidationError(source, issues)
  return registry
}
