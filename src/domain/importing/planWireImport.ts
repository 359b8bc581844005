import { attributeQuotes } from '../quotes/attributeQuotes'
import type { Quote } from '../quotes/types'
import { classifyTags } from '../registry/classifyTags'
import { findMentions } from '../registry/findMentions'
import type { MentionedEntity } from '../registry/findMentions'
import { resolveCreditAgencies } from '../registry/resolveCreditAgencies'
import { resolveEntity } from '../registry/resolveEntity'
import type {
  OrganizationEntry,
  PersonEntry,
  PositionHeld,
  Registry,
  TagEntry,
} from '../registry/types'
import { slugify } from '../slug'
import type { RelatedLink, WirePage } from '../wire/types'
import { findDatelinePlace } from './findDatelinePlace'
import { agenciesNamedIn } from './newsAgencies'
import { isNewKey, recogniseNewEntities } from './recogniseNewEntities'
import { requiredOrganizations } from './requiredOrganizations'
import type { ImportNote } from './types'

/** A place or topic tag; `entry` is null for a topic tag nobody has registered yet. */
export interface PlannedTag {
  key: string
  name: string
  kind: 'place' | 'topic'
  entry: TagEntry | null
}

/** A note for the editor; `line` is the page's line when the parser knew it. */
export interface PlannedNote extends ImportNote {
  line: number | null
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
  /**
   * News agencies the body cites, and the agencies credited for the photo when its file came
   * with the page (a photo nobody sent credits nobody in what is published).
   */
  sourceAgencies: OrganizationEntry[]
  quotes: Quote[]
  relatedLinks: RelatedLink[]
  /** Every organisation the import links or creates, parents and employers first. */
  organizationsToWrite: OrganizationEntry[]
  /**
   * What the import creates, by key (people, organisations, place and topic tags nobody has
   * registered), with the sentence of the page that shows each.
   */
  foundIn: Record<string, string>
  /** Positions the page gives people the newsroom already knows, who do not hold them yet. */
  newPositions: Array<{ personKey: string; position: PositionHeld; foundIn: string }>
  /** Warnings, new entities and quotes without a named speaker, for the review queue. */
  notes: PlannedNote[]
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

/** The directory with more entries; an entry whose key is already there is left out. */
const withEntries = (
  registry: Registry,
  more: Partial<Pick<Registry, 'people' | 'organizations' | 'tags'>>,
): Registry => ({
  people: uniqueByKey([...registry.people, ...(more.people ?? [])]),
  organizations: uniqueByKey([...registry.organizations, ...(more.organizations ?? [])]),
  tags: uniqueByKey([...registry.tags, ...(more.tags ?? [])]),
})

const describePerson = (person: PersonEntry, organizations: OrganizationEntry[]): string => {
  const position = person.positions[0]
  if (!position) return `new person "${person.name}"`
  const organization = organizations.find((entry) => entry.key === position.organization)
  const office = organization ? `${position.title}, ${organization.name}` : position.title
  return `new person "${person.name}" (${office})`
}

/**
 * Turns a parsed wire page into the typed entities, quotes and links to write. Names resolve
 * against `known` (the newsroom's people, organisations and tags, by name and alias) first,
 * then the news agencies file; what neither holds is recognised from the page itself (see
 * recogniseNewEntities) and planned as new, to be reviewed. What cannot be placed becomes a note.
 */
export const planWireImport = (
  page: WirePage,
  known: Registry,
  { hasPhotoFile = false }: { hasPhotoFile?: boolean } = {},
): WireImportPlan => {
  const date = page.localDateTime.date
  const notes: PlannedNote[] = page.warnings.map((warning) => ({
    kind: 'warning',
    line: warning.line,
    message: `${warning.message}: ${JSON.stringify(warning.text)}`,
  }))
  const warn = (message: string) => notes.push({ kind: 'warning', line: null, message })

  // Agencies the newsroom has not registered yet come from the agencies file.
  const credits = page.photo?.agencies ?? []
  const texts = [...page.paragraphs, page.photo?.caption ?? '', page.tags.join(', ')]
  const agencies = agenciesNamedIn(texts, credits).filter((agency) =>
    [agency.name, agency.acronym, ...agency.aliases].every(
      (name) => !name || resolveEntity(name, known).kind === 'unresolved',
    ),
  )
  const withAgencies = withEntries(known, { organizations: agencies })
  const recognised = recogniseNewEntities(page, withAgencies)
  const registry = withEntries(withAgencies, {
    people: recognised.people,
    organizations: recognised.organizations,
    tags: recognised.places,
  })

  const tags = classifyTags(page.tags, registry, date)
  for (const tag of tags.ambiguousTags) {
    warn(`tag "${tag}" fits several entries; left out for an editor to choose`)
  }
  const byKey = new Map(registry.people.map((person) => [person.key, person]))
  const holders = tags.positions.flatMap((position) => {
    const holder = position.holder ? byKey.get(position.holder) : undefined
    if (!holder) warn(`job title "${position.tag}": nobody known held it on ${date}`)
    return holder ? [holder] : []
  })

  const body = findMentions(page.paragraphs, registry, { date })
  const caption = page.photo ? findMentions([page.photo.caption], registry, { date }) : null
  for (const mention of [...body.ambiguous, ...(caption?.ambiguous ?? [])]) {
    warn(`"${mention.text}" could mean several entries; not linked`)
  }

  const quoted = attributeQuotes(page.paragraphs, registry, { date })
  const speakers = quoted.quotes.flatMap((quote) => {
    const speaker = quote.speaker ? byKey.get(quote.speaker) : undefined
    return speaker ? [speaker] : []
  })
  for (const warning of quoted.warnings) {
    notes.push({
      kind: 'unattributedQuote',
      line: null,
      message: `paragraph ${warning.paragraphIndex + 1}: ${warning.message}: ${JSON.stringify(warning.text)}`,
    })
  }

  const credit = page.photo ? resolveCreditAgencies(credits, registry) : null
  for (const agency of credit?.unknownAgencies ?? []) {
    warn(`photo agency "${agency}" is not known; kept only in the credit line`)
  }

  // Someone the page names only in passing is linked when known, created only when the page
  // tags them, gives them a title or quotes them (recogniseNewEntities decides which).
  const people = uniqueByKey([
    ...tags.people,
    ...holders,
    ...inTextOrder(body.people),
    ...inTextOrder(caption?.people ?? []),
    ...speakers,
  ])
  const employers = new Set(
    people.flatMap((person) => person.positions.map((position) => position.organization)),
  )
  const recognisedOrganizations = new Set(recognised.organizations.map((entry) => entry.key))
  const isLinkedHere = (organization: OrganizationEntry) =>
    !isNewKey(organization.key) ||
    organization.key.startsWith('agency:') ||
    recognisedOrganizations.has(organization.key) ||
    employers.has(organization.key)
  const organizations = uniqueByKey([
    ...tags.organizations,
    ...inTextOrder(body.organizations).filter(isLinkedHere),
    ...inTextOrder(caption?.organizations ?? []).filter(isLinkedHere),
  ])
  // An agency the text cites ("according to Xinhua and BGNES") is a source, whatever it mostly sends.
  const citedAgencies = inTextOrder(body.organizations).filter(
    (organization) => organization.kind === 'news agency' || organization.kind === 'photo agency',
  )
  const photoAgencies = credit?.organizations ?? []
  const sourceAgencies = uniqueByKey([...citedAgencies, ...(hasPhotoFile ? photoAgencies : [])])
  const plannedTags: PlannedTag[] = [
    ...tags.places.map((entry) => ({
      key: entry.key,
      name: entry.name,
      kind: 'place' as const,
      entry,
    })),
    ...tags.topics.map((topic) => {
      const entry = registry.tags.find((tag) => tag.key === topic.key && topic.isKnown) ?? null
      return {
        key: entry?.key ?? `new:topic:${slugify(topic.name)}`,
        name: entry?.name ?? topic.name,
        kind: 'topic' as const,
        entry,
      }
    }),
  ]
  const organizationsToWrite = requiredOrganizations(
    [...organizations, ...sourceAgencies, ...photoAgencies],
    people,
    registry,
  )

  // What this import creates, with the sentence that shows it.
  const foundIn: Record<string, string> = {}
  const tagsLine = `Tags: ${page.tags.join(', ')}`
  for (const person of people.filter((entry) => isNewKey(entry.key))) {
    foundIn[person.key] = recognised.foundIn.get(person.key) ?? tagsLine
    notes.push({
      kind: 'newEntity',
      line: null,
      message: describePerson(person, registry.organizations),
    })
  }
  for (const organization of organizationsToWrite.filter((entry) => isNewKey(entry.key))) {
    foundIn[organization.key] =
      recognised.foundIn.get(organization.key) ??
      (page.photo && credits.length > 0
        ? `${page.photo.caption} ${page.photo.creditLine}`
        : (page.paragraphs.find((paragraph) =>
            paragraph.includes(organization.aliases[0] ?? organization.name),
          ) ?? tagsLine))
    notes.push({
      kind: 'newEntity',
      line: null,
      message: `new organisation "${organization.name}" (${organization.kind})`,
    })
  }
  const linkedPeople = new Set(people.map((person) => person.key))
  const newPositions = recognised.newPositions.filter((change) =>
    linkedPeople.has(change.personKey),
  )
  for (const change of newPositions) {
    const person = byKey.get(change.personKey)
    notes.push({
      kind: 'newEntity',
      line: null,
      message: `new position for "${person?.name ?? change.personKey}": ${change.position.title}`,
    })
  }
  for (const tag of plannedTags.filter((entry) => isNewKey(entry.key))) {
    foundIn[tag.key] = recognised.foundIn.get(tag.key) ?? tagsLine
    notes.push({ kind: 'newEntity', line: null, message: `new ${tag.kind} tag "${tag.name}"` })
  }

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
    tags: plannedTags,
    sourceAgencies,
    quotes: quoted.quotes,
    relatedLinks: page.relatedLinks,
    organizationsToWrite,
    foundIn,
    newPositions,
    notes,
  }
}
