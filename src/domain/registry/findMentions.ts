import { findEntitySpans } from './findEntitySpans'
import { resolveTargets } from './resolveEntity'
import type { ClassifiedTags } from './classifyTags'
import type { OrganizationEntry, PersonEntry, Registry } from './types'

export interface Mention {
  paragraphIndex: number
  start: number
  end: number
  /** The words as printed. */
  text: string
}

export interface MentionedEntity<T> {
  entry: T
  mentions: Mention[]
}

export interface Mentions {
  people: Array<MentionedEntity<PersonEntry>>
  organizations: Array<MentionedEntity<OrganizationEntry>>
  /** Names that fit several entries; reported rather than guessed. */
  ambiguous: Mention[]
}

const addMention = <T extends { key: string }>(
  list: Array<MentionedEntity<T>>,
  entry: T,
  mention: Mention,
): void => {
  const existing = list.find((item) => item.entry.key === entry.key)
  if (existing) existing.mentions.push(mention)
  else list.push({ entry, mentions: [mention] })
}

/**
 * Finds the people and organisations the body names (whole words, any case or accents, via
 * aliases). With a date, a job title counts as a mention of whoever held it then.
 */
export const findMentions = (
  paragraphs: string[],
  registry: Registry,
  options: { date?: string } = {},
): Mentions => {
  const result: Mentions = { people: [], organizations: [], ambiguous: [] }
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const span of findEntitySpans(paragraph, registry)) {
      const mention = { paragraphIndex, start: span.start, end: span.end, text: span.text }
      const resolved = resolveTargets(span.text, span.targets, options)
      if (resolved.kind === 'person') addMention(result.people, resolved.entry, mention)
      else if (resolved.kind === 'organization')
        addMention(result.organizations, resolved.entry, mention)
      else if (resolved.kind === 'position' && resolved.holder)
        addMention(result.people, resolved.holder, mention)
      else if (resolved.kind === 'ambiguous') result.ambiguous.push(mention)
    }
  })
  return result
}

/** The people and organisations the body names but the Tags line does not. */
export const findUntaggedMentions = (
  mentions: Mentions,
  tags: ClassifiedTags,
): Pick<Mentions, 'people' | 'organizations'> => {
  const taggedPeople = new Set([
    ...tags.people.map((person) => person.key),
    ...tags.positions.flatMap((position) => (position.holder ? [position.holder] : [])),
  ])
  const taggedOrganizations = new Set(tags.organizations.map((organization) => organization.key))
  return {
    people: mentions.people.filter((item) => !taggedPeople.has(item.entry.key)),
    organizations: mentions.organizations.filter(
      (item) => !taggedOrganizations.has(item.entry.key),
    ),
  }
}
