import { attributeQuotes } from '../quotes/attributeQuotes'
import type { Quote } from '../quotes/types'
import { classifyTags } from '../registry/classifyTags'
import { findMentions } from '../registry/findMentions'
import type { MentionedEntity } from '../registry/findMentions'
import { resolveCreditAgencies } from '../registry/resolveCreditAgencies'
import type { OrganizationEntry, PersonEntry, Registry, TagEntry } from '../registry/types'
import type { RelatedLink, WirePage } from '../wire/types'
import { findDatelinePlace } from './findDatelinePlace'
import { requiredOrganizations } from './requiredOrganizations'

/** A place or topic tag; `entry` is null for a tag word the registry does not know yet. */
export interface PlannedTag {
  name: string
  kind: 'place' | 'topic'
  entry: TagEntry | null
}

/** Something an editor should look at; `line` is the source line when the parser knew it. */
export interface ImportWarning {
  line: number | null
  message: string
}

/** Everything one wire page becomes, before anything is written. */
export interface WireImportPlan {
  /** The page's natural key: its file name without folder or extension. */
  sourceReference: string
  headline: string
  section: string
  publishedAt: string
  timeZone: string
  datelinePlace: string | null
  paragraphs: string[]
  photo: { caption: string; creditLine: string; agencies: OrganizationEntry[] } | null
  /** Tagged people, holders of tagged job titles, then people named in the body and caption. */
  people: PersonEntry[]
  /** Tagged organisations, then those named in the body and caption. */
  organizations: OrganizationEntry[]
  tags: PlannedTag[]
  /** News agencies the body cites and the agencies credited for the photo. */
  sourceAgencies: OrganizationEntry[]
  quotes: Quote[]
  relatedLinks: RelatedLink[]
  /** Every organisation the import writes, parents and employers first. */
  organizationsToWrite: OrganizationEntry[]
  warnings: ImportWarning[]
}

export const sourceReferenceOf = (fileName: string): string =>
  (fileName.split(/[\\/]/).at(-1) ?? fileName).replace(/\.[^.]+$/, '')

const uniqueByKey = <T extends { key: string }>(items: T[]): T[] => [
  ...new Map(items.map((item) => [item.key, item])).values(),
]

/** Mentioned entities in the order the text first names them. */
const inTextOrder = <T>(mentioned: Array<MentionedEntity<T>>): T[] =>
  [...mentioned]
    .sort((a, b) => {
      const [first, second] = [a.mentions[0], b.mentions[0]]
      return (
        (first?.paragraphIndex ?? 0) - (second?.paragraphIndex ?? 0) ||
        (first?.start ?? 0) - (second?.start ?? 0)
      )
    })
    .map((item) => item.entry)

/**
 * Turns a parsed wire page into the typed entities, quotes and links to write, resolving every
 * name against the registry. Nothing is guessed: what cannot be placed becomes a warning.
 */
export const planWireImport = (page: WirePage, registry: Registry): WireImportPlan => {
  const date = page.localDateTime.date
  const warnings: ImportWarning[] = page.warnings.map((warning) => ({
    line: warning.line,
    message: `${warning.message}: ${JSON.stringify(warning.text)}`,
  }))
  const warn = (message: string) => warnings.push({ line: null, message })

  const tags = classifyTags(page.tags, registry, date)
  for (const tag of tags.unknownTags) {
    warn(`tag "${tag}" is not in the registry; imported as a new topic tag`)
  }
  for (const tag of tags.ambiguousTags) {
    warn(`tag "${tag}" fits several registry entries; left out for an editor to choose`)
  }
  const byKey = new Map(registry.people.map((person) => [person.key, person]))
  const holders = tags.positions.flatMap((position) => {
    const holder = position.holder ? byKey.get(position.holder) : undefined
    if (!holder) warn(`job title "${position.tag}": nobody in the registry held it on ${date}`)
    return holder ? [holder] : []
  })

  const body = findMentions(page.paragraphs, registry, { date })
  const caption = page.photo ? findMentions([page.photo.caption], registry, { date }) : null
  for (const mention of [...body.ambiguous, ...(caption?.ambiguous ?? [])]) {
    warn(`"${mention.text}" could mean several registry entries; not linked`)
  }

  const quoted = attributeQuotes(page.paragraphs, registry, { date })
  for (const warning of quoted.warnings) {
    warn(
      `paragraph ${warning.paragraphIndex + 1}: ${warning.message}: ${JSON.stringify(warning.text)}`,
    )
  }
  const speakers = quoted.quotes.flatMap((quote) => {
    const speaker = quote.speaker ? byKey.get(quote.speaker) : undefined
    return speaker ? [speaker] : []
  })

  const credit = page.photo ? resolveCreditAgencies(page.photo.agencies, registry) : null
  for (const agency of credit?.unknownAgencies ?? []) {
    warn(`photo agency "${agency}" is not in the registry; kept only in the credit line`)
  }

  const people = uniqueByKey([
    ...tags.people,
    ...holders,
    ...inTextOrder(body.people),
    ...inTextOrder(caption?.people ?? []),
    ...speakers,
  ])
  const organizations = uniqueByKey([
    ...tags.organizations,
    ...inTextOrder(body.organizations),
    ...inTextOrder(caption?.organizations ?? []),
  ])
  const citedAgencies = inTextOrder(body.organizations).filter(
    (organization) => organization.kind === 'news agency',
  )
  const photoAgencies = credit?.organizations ?? []
  const sourceAgencies = uniqueByKey([...citedAgencies, ...photoAgencies])

  return {
    sourceReference: sourceReferenceOf(page.fileName),
    headline: page.headline,
    section: page.section,
    publishedAt: page.publishedAt,
    timeZone: page.timeZone,
    datelinePlace: findDatelinePlace(page.paragraphs[0] ?? '', registry),
    paragraphs: page.paragraphs,
    photo: page.photo
      ? { caption: page.photo.caption, creditLine: page.photo.creditLine, agencies: photoAgencies }
      : null,
    people,
    organizations,
    tags: [
      ...tags.places.map((entry) => ({ name: entry.name, kind: 'place' as const, entry })),
      ...tags.topics.map((topic) => {
        const entry = registry.tags.find((tag) => tag.key === topic.key && topic.isKnown) ?? null
        return { name: entry?.name ?? topic.name, kind: 'topic' as const, entry }
      }),
    ],
    sourceAgencies,
    quotes: quoted.quotes,
    relatedLinks: page.relatedLinks,
    organizationsToWrite: requiredOrganizations(
      [...organizations, ...sourceAgencies],
      people,
      registry,
    ),
    warnings,
  }
}
