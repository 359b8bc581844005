import nlp from 'compromise'

import { foldText, foldWithOffsets } from '../foldText'
import { findSpeechVerb } from '../quotes/findSpeechVerb'
import { sentenceAround } from '../quotes/sentenceBounds'
import { findEntitySpans } from '../registry/findEntitySpans'
import { resolveEntity, resolveTargets } from '../registry/resolveEntity'
import type {
  OrganizationEntry,
  PersonEntry,
  PositionHeld,
  Pronoun,
  Registry,
  TagEntry,
} from '../registry/types'
import { slugify } from '../slug'
import type { WirePage } from '../wire/types'
import { findAppositiveTitle, findTitleBefore } from './findTitles'
import type { PrintedTitle } from './findTitles'
import { findCountry, findCity, findPlace } from './gazetteer'
import { findNameRuns, findOrganizationRuns, hasNameTags, isPersonShaped } from './nameRuns'
import type { NameRun } from './nameRuns'
import { presumedPronoun, readWords } from './readWords'
import type { Word } from './readWords'
import { isDictionaryWord, isOrganizationHead, organizationKindOf } from './vocabulary'

/** People, organisations and places a page names that nobody has registered yet. */
export interface NewEntities {
  people: PersonEntry[]
  organizations: OrganizationEntry[]
  places: TagEntry[]
  /** Titles the page gives people already known who hold no such office yet. */
  newPositions: Array<{ personKey: string; position: PositionHeld; foundIn: string }>
  /** The sentence that shows each new entity, by its key: what an editor checks it against. */
  foundIn: Map<string, string>
}

/** Keys of entities an import would create; they never collide with the directory's keys. */
export const NEW_KEY_PREFIX = 'new:'

export const isNewKey = (key: string): boolean =>
  key.startsWith(NEW_KEY_PREFIX) || key.startsWith('agency:')

interface TextPart {
  text: string
  /** Index in page.paragraphs, or null for the photo caption. */
  paragraphIndex: number | null
  words: Word[]
  /** Runs of capitalised words that are not, nor contain, a name already known. */
  runs: NameRun[]
  /** Where the text names a person already known, as runs of its words, with who it is. */
  knownPeople: Array<{ run: NameRun; person: PersonEntry }>
}

interface PersonCandidate {
  name: string
  title: PrintedTitle | null
}

const isSpeechWord = (word: Word | undefined): boolean =>
  !!word && findSpeechVerb(word.text) !== null && findSpeechVerb(word.text)?.index === 0

/** A name said something: "Stoilov said", '," said Eleni Pappa'. */
const isSpeaker = (run: NameRun, words: Word[]): boolean =>
  isSpeechWord(words[run.last + 1]) || isSpeechWord(words[run.first - 1])

// Slavic surnames say whom "she" and "he" stand for even when the first name is unknown to
// compromise: -ova, -eva, -ska (she); -ov, -ev, -ski (he).
const pronounOf = (name: string): Pronoun | null => {
  const guessed = presumedPronoun(name)
  if (guessed) return guessed
  const surname = name.split(' ').at(-1) ?? ''
  if (/(?:ova|eva|ska|aya)$/.test(surname)) return 'she'
  if (/(?:ov|ev|ski|sky)$/.test(surname)) return 'he'
  return null
}

const sameName = (a: string, b: string): boolean => foldText(a) === foldText(b)

/** Whether compromise, reading the words alone, sees a name of this kind in them. */
const looksLike = (text: string, tag: 'Organization' | 'Person' | 'Place'): boolean =>
  nlp(text).has(`#${tag}`)

/**
 * Finds who and what a wire page names beyond what `known` (the database, the agencies file)
 * already holds, with compromise for names and the gazetteer for places:
 * - people the page gives a title ("council chair Stefan Mihaylov"), quotes ("said Eleni Pappa")
 *   or tags, each with the position the page gives and its organisation when the page names it;
 * - organisations the Tags line names, and those a position belongs to;
 * - places the Tags line names (countries, cities of 1,000 people or more).
 * Everything else in the text stays text: nothing is created from a guess alone.
 */
export const recogniseNewEntities = (page: WirePage, known: Registry): NewEntities => {
  const parts: TextPart[] = [
    ...page.paragraphs.map((text, paragraphIndex) => ({ text, paragraphIndex })),
    ...(page.photo ? [{ text: page.photo.caption, paragraphIndex: null }] : []),
  ].map((part) => {
    const words = readWords(part.text)
    const knownSpans = findEntitySpans(part.text, known)
    const runs = findNameRuns(part.text, words).filter(
      (run) => !knownSpans.some((span) => span.start < run.end && run.start < span.end),
    )
    const knownPeople = knownSpans.flatMap((span) => {
      const resolved = resolveTargets(span.text, span.targets, {})
      const first = words.findIndex((word) => word.start >= span.start)
      const last = words.findLastIndex((word) => word.end <= span.end)
      if (resolved.kind !== 'person' || first === -1 || last < first) return []
      const run = { first, last, text: span.text, start: span.start, end: span.end }
      return [{ run, person: resolved.entry }]
    })
    return { ...part, words, runs, knownPeople }
  })
  const isKnown = (name: string) => resolveEntity(name, known).kind !== 'unresolved'

  // Organisations the text names by an organisation word ("Plovdiv City Council").
  const namedOrganizations = parts.flatMap((part) =>
    part.paragraphIndex === null ? [] : findOrganizationRuns(part.text, part.words),
  )

  // People the body gives a title or a quote to, and organisations it ties people to
  // ("Councillor Rumyana Petrova of the Bulgarian Socialist Party").
  const candidates: PersonCandidate[] = []
  const prefixes = new Set<string>()
  const affiliations: string[] = []
  const affiliationAfter = (part: TextPart, run: NameRun) => {
    const named = findOrganizationRuns(part.text, part.words).find(
      (organization) => organization.start > run.end,
    )
    if (!named) return
    const between = part.text.slice(run.end, named.start)
    if (/^\s+of(?: the)?\s+$/.test(between)) affiliations.push(named.text.replace(/^the /i, ''))
  }
  for (const part of parts) {
    if (part.paragraphIndex === null) continue
    for (const { run } of part.knownPeople) affiliationAfter(part, run)
    for (const run of part.runs) {
      if (!isPersonShaped(run, part.words) || isKnown(run.text) || findPlace(run.text)) continue
      const title =
        findTitleBefore(part.text, part.words, run) ??
        findAppositiveTitle(part.text, part.words, run)
      if (title?.prefix) prefixes.add(foldText(title.prefix))
      const hasEvidence =
        title !== null || (isSpeaker(run, part.words) && hasNameTags(run, part.words))
      if (!hasEvidence) continue
      affiliationAfter(part, run)
      const existing = candidates.find((candidate) => sameName(candidate.name, run.text))
      if (!existing) candidates.push({ name: run.text, title })
      else existing.title ??= title
    }
  }
  const personShapedRuns = parts.flatMap((part) =>
    part.runs.filter((run) => isPersonShaped(run, part.words) && hasNameTags(run, part.words)),
  )

  // The Tags line: what each tag nobody knows is, from how the page uses it.
  const tagPeople: string[] = []
  const tagOrganizations: string[] = []
  const tagPlaces: string[] = []
  for (const tag of page.tags) {
    if (isKnown(tag) || !/^\p{Lu}/u.test(tag)) continue
    const words = tag.split(/\s+/)
    const head = words.includes('of') ? words[words.indexOf('of') - 1] : words.at(-1)
    if (
      candidates.some((candidate) => sameName(candidate.name, tag)) ||
      personShapedRuns.some((run) => sameName(run.text, tag))
    ) {
      tagPeople.push(tag)
    } else if (isOrganizationHead(head ?? '') || looksLike(tag, 'Organization')) {
      tagOrganizations.push(tag)
    } else if (findCountry(tag) || findCity(tag)) {
      tagPlaces.push(tag)
    } else if (prefixes.has(foldText(tag))) {
      // Used before a title as whose office it is ("Gazprom spokesman"): an organisation.
      tagOrganizations.push(tag)
    } else if (words.length === 1 && looksLike(tag, 'Place')) {
      tagPlaces.push(tag)
    } else if (words.length >= 2 && words.length <= 4 && looksLike(tag, 'Person')) {
      tagPeople.push(tag)
    } else if (
      words.length >= 2 &&
      words
        .filter((word) => /^\p{Lu}/u.test(word))
        .every((word) => !isDictionaryWord(word) || findPlace(word))
    ) {
      // A name of coined words and places that is no one and nowhere ("Lukoil Neftochim",
      // "Port of Varna"): a company or a body, not a topic.
      tagOrganizations.push(tag)
    }
  }
  for (const tag of tagPeople) {
    if (!candidates.some((candidate) => sameName(candidate.name, tag)))
      candidates.push({ name: tag, title: null })
  }

  // Organisations: tagged ones, then those a title names.
  const organizations: OrganizationEntry[] = []
  const addOrganization = (name: string): string => {
    const resolved = resolveEntity(name, known)
    if (resolved.kind === 'organization') return resolved.entry.key
    const existing = organizations.find((entry) => sameName(entry.name, name))
    if (existing) return existing.key
    const words = name.split(/\s+/)
    const head = words.includes('of') ? words[words.indexOf('of') - 1] : words.at(-1)
    const entry: OrganizationEntry = {
      key: `${NEW_KEY_PREFIX}organization:${slugify(name)}`,
      name,
      slug: slugify(name),
      kind: organizationKindOf(head ?? ''),
      acronym: null,
      aliases: [],
      description: '',
      parent: null,
      country: null,
      wikidataId: null,
    }
    organizations.push(entry)
    return entry.key
  }
  for (const tag of tagOrganizations) addOrganization(tag)
  for (const name of affiliations) addOrganization(name)

  const isOrganizationName = (name: string): boolean => {
    const resolved = resolveEntity(name, known)
    if (resolved.kind === 'organization') return true
    if (resolved.kind !== 'unresolved' || findPlace(name)) return false
    const words = name.split(/\s+/)
    const head = words.includes('of') ? words[words.indexOf('of') - 1] : words.at(-1)
    return tagOrganizations.some((tag) => sameName(tag, name)) || isOrganizationHead(head ?? '')
  }
  const pageOrganizations = [
    ...new Set([
      ...namedOrganizations.map((run) => run.text.replace(/^the /i, '')),
      ...tagOrganizations,
    ]),
  ]
  /** The one organisation on the page whose head word the title uses ("council" chair). */
  const organizationByHead = (title: string): string | null => {
    const titleWords = title.toLowerCase().split(/\s+/)
    const matches = pageOrganizations.filter((name) => {
      const words = name.split(/\s+/)
      const head = (words.includes('of') ? words[words.indexOf('of') - 1] : words.at(-1)) ?? ''
      return titleWords.some((word) => word.startsWith(head.toLowerCase()))
    })
    return matches.length === 1 ? (matches[0] ?? null) : null
  }

  const positionOf = (title: PrintedTitle): PositionHeld => {
    let text = title.text
    let organization: string | null = null
    if (title.ofName && isOrganizationName(title.ofName)) {
      organization = addOrganization(title.ofName)
    } else if (title.ofName && !text.includes(title.ofName)) {
      text = `${text} of ${title.ofName}`
    }
    if (!organization && title.prefix && isOrganizationName(title.prefix)) {
      organization = addOrganization(title.prefix)
    }
    if (!organization) {
      const byHead = organizationByHead(text)
      if (byHead) organization = addOrganization(byHead)
    }
    return {
      key: `${NEW_KEY_PREFIX}position:${slugify(text)}:${organization ?? ''}`,
      title: text,
      titleAliases: [],
      organization,
      // Unknown: a title with no dates never stands for its holder in later stories.
      from: null,
      to: null,
    }
  }

  // One name standing for a person as a speaker: "Stoilov said", "Guo said" (family name first).
  const speakerNames = parts.flatMap((part) =>
    part.runs
      .filter((run) => run.first === run.last && isSpeaker(run, part.words))
      .map((run) => run.text),
  )
  const people: PersonEntry[] = candidates
    .filter((candidate) => !isKnown(candidate.name))
    .map((candidate) => {
      const names = candidate.name.split(/\s+/)
      const surname = names.at(-1) ?? candidate.name
      const spokenAs = speakerNames.filter((name) => names.some((part) => sameName(part, name)))
      return {
        key: `${NEW_KEY_PREFIX}person:${slugify(candidate.name)}`,
        name: candidate.name,
        slug: slugify(candidate.name),
        // How this page calls them ("Mihaylov added"); not stored as aliases.
        aliases: [...new Set(names.length > 1 ? [surname, ...spokenAs] : spokenAs)],
        description: '',
        pronoun: pronounOf(candidate.name),
        positions: candidate.title ? [positionOf(candidate.title)] : [],
        wikidataId: null,
      }
    })

  const places: TagEntry[] = tagPlaces.map((tag) => ({
    key: `${NEW_KEY_PREFIX}place:${slugify(tag)}`,
    name: tag,
    slug: slugify(tag),
    kind: 'place',
    aliases: [],
    wikidataId: null,
  }))

  // Titles the page gives people already known, who hold no such office yet.
  const holds = (person: PersonEntry, title: string): boolean => {
    const printed = foldText(title)
    return person.positions.some((position) =>
      [position.title, ...position.titleAliases].some((known) => {
        const office = foldText(known)
        return office.includes(printed) || printed.includes(office)
      }),
    )
  }
  const newPositions: NewEntities['newPositions'] = []
  for (const part of parts) {
    if (part.paragraphIndex === null) continue
    for (const { run, person } of part.knownPeople) {
      const title = findTitleBefore(part.text, part.words, run)
      if (!title || holds(person, title.text)) continue
      if (newPositions.some((change) => change.personKey === person.key)) continue
      const [start, end] = sentenceAround(part.text, [], run.start)
      newPositions.push({
        personKey: person.key,
        position: positionOf(title),
        foundIn: part.text.slice(start, end).trim(),
      })
    }
  }

  const foundIn = new Map<string, string>()
  const sentenceNaming = (name: string): string => {
    const wanted = foldText(name)
    for (const part of parts) {
      const { folded, sourceIndex } = foldWithOffsets(part.text)
      const at = folded.indexOf(wanted)
      if (at === -1) continue
      const [start, end] = sentenceAround(part.text, [], sourceIndex[at] ?? 0)
      return part.text.slice(start, end).trim()
    }
    return `Tags: ${page.tags.join(', ')}`
  }
  for (const entry of [...people, ...organizations, ...places]) {
    foundIn.set(entry.key, sentenceNaming(entry.name))
  }
  return { people, organizations, places, newPositions, foundIn }
}
