import { readFileSync } from 'node:fs'

import { describe, expect, test } from 'vitest'

import { loadSeedRegistry } from '../registry/seedRegistry.testing'
import { parseWirePage } from '../wire/parseWirePage'
import { findDatelinePlace } from './findDatelinePlace'
import { planWireImport, sourceReferenceOf } from './planWireImport'

const registry = loadSeedRegistry()
const SEED_FILE = '000_c5d2321bc6b974fc.txt'
const SEED = readFileSync(new URL(`../../../seed/stories/${SEED_FILE}`, import.meta.url), 'utf8')
const keys = (entries: Array<{ key: string }>) => entries.map((entry) => entry.key)

describe('planWireImport on the seed story', () => {
  const plan = planWireImport(
    parseWirePage(SEED, { fileName: `seed/stories/${SEED_FILE}` }),
    registry,
  )

  test('the natural key is the file name without folder or extension', () => {
    expect(plan.sourceReference).toBe('000_c5d2321bc6b974fc')
  })

  test('people: tagged first, then job-title holders, then those the body and caption name', () => {
    expect(keys(plan.people)).toEqual([
      'guido-westerwelle',
      'sergey-lavrov',
      'hillary-clinton',
      'anders-fogh-rasmussen',
      'dmitry-rogozin',
      'dmitry-medvedev',
      'william-hague',
    ])
  })

  test('organisations: tagged, then cited; agencies that only credit the photo are sources, not mentions', () => {
    expect(keys(plan.organizations)).toEqual(['nato', 'nato-russia-council', 'dpa'])
    expect(keys(plan.sourceAgencies)).toEqual(['dpa', 'epa', 'bgnes'])
    expect(keys(plan.photo?.agencies ?? [])).toEqual(['epa', 'bgnes'])
  })

  test('tags keep places and one topic for the three missile-defence spellings', () => {
    expect(plan.tags.map(({ name, kind }) => [name, kind])).toEqual([
      ['Russia', 'place'],
      ['missile defense', 'topic'],
    ])
  })

  test('every organisation a link points to is written, parents and employers first', () => {
    const written = keys(plan.organizationsToWrite)
    expect(written.indexOf('nato')).toBeLessThan(written.indexOf('nato-russia-council'))
    expect(written).toEqual(
      expect.arrayContaining([
        'us-department-of-state',
        'german-federal-foreign-office',
        'russian-ministry-of-foreign-affairs',
        'uk-foreign-and-commonwealth-office',
        'presidency-of-russia',
      ]),
    )
    expect(written).toHaveLength(10)
  })

  test('twelve quotes, every one with a speaker, and nothing to warn about', () => {
    expect(plan.quotes).toHaveLength(12)
    expect(plan.quotes.every((quote) => quote.speaker !== null)).toBe(true)
    expect(plan.warnings).toEqual([])
  })

  test('no dateline opens the story, so no place is invented', () => {
    expect(plan.datelinePlace).toBeNull()
    expect(plan.publishedAt).toBe('2011-12-08T14:58:00.000Z')
  })
})

describe('planWireImport reports what it cannot place', () => {
  const page = (tags: string, body: string) =>
    parseWirePage(
      `Headline\n\nWorld | December 8, 2011, Thursday // 16:58| 5 views\n\n${body}\n\nTags: ${tags}\n`,
      { fileName: 'variant.txt' },
    )

  test.each<[label: string, tags: string, body: string, expected: string[]]>([
    [
      'an unknown tag word becomes a topic tag',
      'Arctic Council',
      'Ministers met.',
      ['tag "Arctic Council" is not in the registry; imported as a new topic tag'],
    ],
    [
      'a quote nobody can be found to have said',
      'NATO',
      '"We will see," an official said.',
      ['paragraph 1: speaker not resolved from "an official said": "We will see,"'],
    ],
  ])('%s', (_label, tags, body, expected) => {
    expect(planWireImport(page(tags, body), registry).warnings.map((w) => w.message)).toEqual(
      expected,
    )
  })
})

describe('findDatelinePlace', () => {
  test.each<[paragraph: string, expected: string | null]>([
    ['BRUSSELS - NATO ministers met on Thursday.', 'Brussels'],
    ['Moscow, Dec 8 (DPA) — Russia wants guarantees.', 'Moscow'],
    ['NATO Foreign Ministers have failed to make headway.', null],
    ['Atlantis - a place the registry does not know.', null],
  ])('%s → %s', (paragraph, expected) => {
    expect(findDatelinePlace(paragraph, registry)).toBe(expected)
  })
})

test.each<[fileName: string, expected: string]>([
  ['seed/stories/000_c5d2321bc6b974fc.txt', '000_c5d2321bc6b974fc'],
  ['C:\\wire\\story.TXT', 'story'],
  ['plain', 'plain'],
])('sourceReferenceOf(%s) is %s', (fileName, expected) => {
  expect(sourceReferenceOf(fileName)).toBe(expected)
})
