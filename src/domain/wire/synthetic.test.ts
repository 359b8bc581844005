import { beforeAll, describe, expect, test } from 'vitest'

import { findPlace } from '../importing/gazetteer'
import { planWireImport, sourceReferenceOf } from '../importing/planWireImport'
import { loadSeedRegistry } from '../registry/seedRegistry.testing'
import { slugify } from '../slug'
import { parseWirePage } from './parseWirePage'
import { SYNTHETIC_HEADLINE_PREFIX, SYNTHETIC_NAMES, syntheticWirePages } from './synthetic'

const registry = loadSeedRegistry()

describe('syntheticWirePages', () => {
  test.each([
    { count: 1, seed: 1 },
    { count: 25, seed: 42 },
    { count: 300, seed: 7 },
  ])('$count pages from seed $seed all parse, cleanly, as distinct stories', ({ count, seed }) => {
    const pages = syntheticWirePages({ count, seed })
    expect(pages).toHaveLength(count)
    const parsed = pages.map((page) => parseWirePage(page.text, { fileName: page.name }))
    for (const [index, page] of parsed.entries()) {
      expect(page.headline.startsWith(`${SYNTHETIC_HEADLINE_PREFIX} `)).toBe(true)
      expect(page.headline).toBe(pages[index]?.headline)
      expect(page.warnings).toEqual([])
      expect(page.photo?.agencies).toEqual(['EPA', 'BGNES'])
      expect(page.paragraphs).toHaveLength(3)
      expect(page.tags.length).toBeGreaterThanOrEqual(4)
    }
    // The importer's natural keys: source reference (file name) and slug (headline).
    const references = new Set(pages.map((page) => sourceReferenceOf(page.name)))
    const slugs = new Set(parsed.map((page) => slugify(page.headline)))
    expect(references.size).toBe(count)
    expect(slugs.size).toBe(count)
  })

  test.each([
    { photoEvery: 1, photos: 10 },
    { photoEvery: 4, photos: 3 },
    { photoEvery: 100, photos: 1 },
  ])('with photoEvery $photoEvery, $photos of 10 pages carry a photo', ({ photoEvery, photos }) => {
    const pages = syntheticWirePages({ count: 10, seed: 9, photoEvery })
    const parsed = pages.map((page) => parseWirePage(page.text, { fileName: page.name }))
    expect(parsed.filter((page) => page.photo !== null)).toHaveLength(photos)
    expect(parsed.every((page) => page.paragraphs.length === 3)).toBe(true)
  })

  test.each([1, 2, 99])('seed %i gives the same pages every time', (seed) => {
    expect(syntheticWirePages({ count: 5, seed })).toEqual(syntheticWirePages({ count: 5, seed }))
  })

  test('different seeds give different pages and different file names', () => {
    const [first] = syntheticWirePages({ count: 1, seed: 1 })
    const [second] = syntheticWirePages({ count: 1, seed: 2 })
    expect(first?.name).not.toBe(second?.name)
    expect(first?.text).not.toBe(second?.text)
  })

  test.each(
    (['people', 'organizations', 'topics'] as const).flatMap((kind) =>
      SYNTHETIC_NAMES[kind].map((name) => [kind, name] as const),
    ),
  )('the default %s name "%s" is in the seed registry', (kind, name) => {
    const entries = kind === 'topics' ? registry.tags : registry[kind]
    expect(entries.map((entry) => entry.name)).toContain(name)
  })

  // The gazetteer reads its 135,000 cities on first use, which may take seconds on a busy machine.
  beforeAll(() => void findPlace('Sofia'), 60_000)

  test.each(SYNTHETIC_NAMES.places)('the default place "%s" is one the gazetteer knows', (name) => {
    expect(findPlace(name)).not.toBeNull()
  })

  test('the pages vary the people, organisations and tags they mention', () => {
    const plans = syntheticWirePages({ count: 40, seed: 3 }).map((page) =>
      planWireImport(parseWirePage(page.text, { fileName: page.name }), registry),
    )
    const people = new Set(plans.flatMap((plan) => plan.people.map((person) => person.key)))
    const organizations = new Set(plans.flatMap((plan) => plan.organizations.map((o) => o.key)))
    const tags = new Set(plans.flatMap((plan) => plan.tags.map((tag) => tag.name)))
    expect(people.size).toBe(SYNTHETIC_NAMES.people.length)
    expect(organizations.size).toBeGreaterThanOrEqual(SYNTHETIC_NAMES.organizations.length)
    expect(tags.size).toBeGreaterThanOrEqual(SYNTHETIC_NAMES.places.length)
    // Every page's quote is attributed to a registry person.
    for (const plan of plans) {
      expect(plan.quotes.length).toBeGreaterThan(0)
      expect(plan.quotes.every((quote) => quote.speaker !== null)).toBe(true)
    }
  })
})
