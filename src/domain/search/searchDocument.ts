import { paragraphsFromRichText } from '../richText'
import type { RichTextDocument } from '../richText'
import { indexText } from './words'

type Id = number | string

/** A collection whose documents a story links and search reads the names of. */
export type LinkedCollection = 'organizations' | 'people' | 'sections' | 'tags'

/** A linked document as search needs it: its names and the slug filters use. */
export interface LinkedEntity {
  collection: LinkedCollection
  id: Id
  name: string
  slug?: null | string
  /** Other names it goes by (aliases, an organisation's acronym). */
  otherNames: string[]
}

/** The parts of a story search reads, at depth 0 (links are ids). */
export interface StoryForSearch {
  slug?: null | string
  headline?: null | string
  standfirst?: null | string
  body?: unknown
  quotes?: null | Array<{ text?: null | string; speaker?: unknown }>
  section?: unknown
  tags?: null | unknown[]
  people?: null | unknown[]
  authors?: null | unknown[]
  organizations?: null | unknown[]
  publishedAt?: null | string
  updatedAt?: null | string
  createdAt?: null | string
}

/** The text a search row keeps, as shown (for passages) and folded (for the index). */
export interface SearchText {
  headline: string
  standfirst: string
  body: string
  quotes: string
  names: string
}

/** One story's search row, as the stores write it (src/database/searchStore.ts). */
export interface SearchDocument {
  slug: null | string
  text: SearchText
  /** `text`, folded word by word (words.ts): what the engines index. */
  indexed: SearchText
  /** Filters: the section's slug, `|slug|` lists of the tags' and people's. */
  section: null | string
  tags: string
  people: string
  /** `|collection:id|` of every linked document: a renamed person finds the rows to refresh. */
  links: string
  /** When it was published, or for a story never published its last save: the date filter's. */
  datedAt: string
  publishedAt: null | string
}

const idOf = (value: unknown): Id | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

const idsOf = (values: null | undefined | unknown[]): Id[] =>
  (values ?? []).map(idOf).filter((id): id is Id => id !== null)

const key = (collection: LinkedCollection, id: Id) => `${collection}:${String(id)}`

/** `|a|b|` — so `LIKE '%|a|%'` finds a whole value, never part of one. */
export const barList = (values: readonly string[]): string =>
  values.length === 0 ? '' : `|${[...new Set(values)].join('|')}|`

/** The values of a `|a|b|` list, read back. */
export const barEntries = (bar: string): string[] => bar.split('|').filter(Boolean)

/** The documents a story links, by collection, each id once. */
export const linksOf = (story: StoryForSearch): Array<{ collection: LinkedCollection; id: Id }> => {
  const speakers = (story.quotes ?? []).map((quote) => quote.speaker)
  const groups: Array<[LinkedCollection, Id[]]> = [
    ['sections', idsOf([story.section])],
    ['tags', idsOf(story.tags)],
    ['people', [...idsOf(story.people), ...idsOf(story.authors), ...idsOf(speakers)]],
    ['organizations', idsOf(story.organizations)],
  ]
  const seen = new Set<string>()
  return groups.flatMap(([collection, ids]) =>
    ids.flatMap((id) => {
      if (seen.has(key(collection, id))) return []
      seen.add(key(collection, id))
      return [{ collection, id }]
    }),
  )
}

/** What a row holds of its links: the names searched, the slugs filtered on, the links. */
export type LinkedFields = Pick<SearchDocument, 'links' | 'people' | 'section' | 'tags'> & {
  names: string
}

/** The links a row recorded (`|people:7|tags:3|`), read back. */
export const parseLinks = (bar: string): Array<{ collection: LinkedCollection; id: Id }> =>
  barEntries(bar).flatMap((entry) => {
    const [collection, id] = [
      entry.slice(0, entry.indexOf(':')),
      entry.slice(entry.indexOf(':') + 1),
    ]
    if (!['organizations', 'people', 'sections', 'tags'].includes(collection) || id === '')
      return []
    return [{ collection: collection as LinkedCollection, id: /^\d+$/.test(id) ? Number(id) : id }]
  })

/**
 * The names and filter slugs of a story's links: the people (mentioned, bylined, quoted),
 * organisations and tags by name and every other name (the section by slug only). `entities` are
 * the linked documents that exist (a deleted one is skipped).
 */
export const linkedFieldsOf = (
  links: ReadonlyArray<{ collection: LinkedCollection; id: Id }>,
  entities: readonly LinkedEntity[],
): LinkedFields => {
  const byKey = new Map(
    entities.map((entity) => [key(entity.collection, String(entity.id)), entity]),
  )
  const linked = links.flatMap((link) => {
    const entity = byKey.get(key(link.collection, String(link.id)))
    return entity ? [entity] : []
  })
  const slugsOf = (collection: LinkedCollection) =>
    linked
      .filter((entity) => entity.collection === collection && entity.slug)
      .map((entity) => entity.slug!)
  const names = linked
    .filter((entity) => entity.collection !== 'sections')
    .flatMap((entity) => [entity.name, ...entity.otherNames])
    .filter((name) => name.trim() !== '')
  return {
    names: [...new Set(names)].join(' | '),
    section: slugsOf('sections')[0] ?? null,
    tags: barList(slugsOf('tags')),
    people: barList(slugsOf('people')),
    links: barList(links.map((link) => key(link.collection, link.id))),
  }
}

/** Every field of a row's text, folded for the index. */
export const indexedOf = (text: SearchText): SearchText => ({
  headline: indexText(text.headline),
  standfirst: indexText(text.standfirst),
  body: indexText(text.body),
  quotes: indexText(text.quotes),
  names: indexText(text.names),
})

/**
 * A story as search indexes it: headline, standfirst, body and quotes as text, and the names of
 * what it links (linkedFieldsOf), so a search for "Sergei Lavrov" finds stories that spell him
 * Sergey.
 */
export const searchDocumentOf = (
  story: StoryForSearch,
  entities: readonly LinkedEntity[],
): SearchDocument => {
  const { names, ...filters } = linkedFieldsOf(linksOf(story), entities)
  const text: SearchText = {
    headline: story.headline ?? '',
    standfirst: story.standfirst ?? '',
    body: paragraphsFromRichText(story.body as null | RichTextDocument).join('\n\n'),
    quotes: (story.quotes ?? [])
      .map((quote) => quote.text ?? '')
      .filter(Boolean)
      .join('\n'),
    names,
  }
  return {
    slug: story.slug ?? null,
    text,
    indexed: indexedOf(text),
    ...filters,
    datedAt: story.publishedAt ?? story.updatedAt ?? story.createdAt ?? new Date(0).toISOString(),
    publishedAt: story.publishedAt ?? null,
  }
}
