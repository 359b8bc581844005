/**
 * The synthetic corpus the benchmarks read: who and what exists, and which article links to
 * which. Pure and deterministic (same options, same corpus), so a stored corpus can be reused.
 */
import { seededRandom } from '../rotation'

/** Bump when the corpus's shape changes: a stored corpus of another version is rebuilt. */
export const CORPUS_VERSION = 2

/**
 * Every synthetic headline starts with this, every slug with `synthetic-` and every source
 * reference with `synthetic:`; the registry entries are named "Synthetic …" or numbered. (No
 * marker tag: a tag on every story would make every article page list the whole corpus.)
 */
export const SYNTHETIC_PREFIX = 'Synthetic:'

export const LINK_RANGES = {
  tags: [3, 8],
  people: [2, 6],
  organizations: [1, 4],
} as const satisfies Record<string, readonly [number, number]>

export const SECTION_NAMES = ['World', 'Europe', 'Politics', 'Business', 'Science', 'Sport']

export interface PlannedArticle {
  index: number
  headline: string
  slug: string
  standfirst: string
  paragraphs: string[]
  /** Index into `sections`. */
  section: number
  /** Indexes into the pools. */
  tags: number[]
  people: number[]
  organizations: number[]
  publishedAt: string
}

export const DEFAULT_SEED = 2011

const random = seededRandom

/** The words every synthetic text is made of. */
export const CORPUS_WORDS = (
  'summit minister talks budget vote council treaty border energy market trade election court ' +
  'strike storm ceasefire reform inquiry report deal sanctions coalition tariff launch crisis ' +
  'parliament agency rates growth research vaccine climate rail port grid harvest bank'
).split(' ')
const FIRST =
  'Anna Boris Clara David Elena Farid Greta Hugo Irina Jonas Katya Luca Maria Nikolai Olga Pavel'.split(
    ' ',
  )
const LAST =
  'Petrov Schmidt Rossi Novak Dimitrov Weber Kowalski Silva Larsen Ivanova Moreau Horvat'.split(' ')
const ORG_KINDS =
  'Ministry Council Agency Institute Union Bank Party Foundation Group Authority'.split(' ')

/**
 * Skewed towards the front of a pool, as real news is: a few names appear in many stories (the
 * first of a pool in about one story in ten), most in a handful.
 */
const skewedPick = (next: () => number, size: number): number =>
  Math.min(size - 1, Math.floor(size * next() ** 1.5))

const distinct = (next: () => number, size: number, count: number): number[] => {
  const picked = new Set<number>()
  while (picked.size < Math.min(count, size)) picked.add(skewedPick(next, size))
  return [...picked]
}

const between = (next: () => number, [low, high]: readonly [number, number]): number =>
  low + Math.floor(next() * (high - low + 1))

const pick = <T>(next: () => number, items: readonly T[]): T =>
  items[Math.floor(next() * items.length)] as T

/** Pool sizes grow with the corpus so links stay spread out, as in a real archive. */
export const poolSizes = (articles: number) => ({
  tags: Math.max(40, Math.round(articles / 25)),
  people: Math.max(60, Math.round(articles / 5)),
  organizations: Math.max(30, Math.round(articles / 20)),
})

const sentence = (next: () => number, words: number): string => {
  const text = Array.from({ length: words }, () => pick(next, CORPUS_WORDS)).join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

export interface CorpusPools {
  sections: string[]
  tags: string[]
  people: string[]
  organizations: string[]
}

/** The sections, tags, people and organisations the articles link to. */
export const planPools = (articles: number): CorpusPools => {
  const sizes = poolSizes(articles)
  return {
    sections: [...SECTION_NAMES],
    tags: Array.from({ length: sizes.tags }, (_, i) => `Synthetic topic ${i + 1}`),
    people: Array.from(
      { length: sizes.people },
      (_, i) =>
        `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`,
    ),
    organizations: Array.from(
      { length: sizes.organizations },
      (_, i) => `Synthetic ${ORG_KINDS[i % ORG_KINDS.length]} ${i + 1}`,
    ),
  }
}

const NEWEST = Date.UTC(2026, 0, 1)

/**
 * Article number `index` of a corpus, made on demand (100 000 bodies need not sit in memory).
 * Each story is about an hour older than the one before.
 */
export const planArticle = (
  pools: CorpusPools,
  index: number,
  seed = DEFAULT_SEED,
): PlannedArticle => {
  const next = random(seed * 1_000_003 + index)
  const title = sentence(next, 6).slice(0, -1)
  const tagCount = between(next, LINK_RANGES.tags)
  return {
    index,
    headline: `${SYNTHETIC_PREFIX} ${title} ${index + 1}`,
    slug: `synthetic-${index + 1}`,
    standfirst: sentence(next, 18),
    paragraphs: Array.from({ length: 4 + Math.floor(next() * 5) }, () =>
      Array.from({ length: 3 }, () => sentence(next, 12)).join(' '),
    ),
    section: Math.floor(next() * pools.sections.length),
    tags: distinct(next, pools.tags.length, tagCount),
    people: distinct(next, pools.people.length, between(next, LINK_RANGES.people)),
    organizations: distinct(
      next,
      pools.organizations.length,
      between(next, LINK_RANGES.organizations),
    ),
    publishedAt: new Date(
      NEWEST - index * 3_600_000 - Math.floor(next() * 3_000_000),
    ).toISOString(),
  }
}
