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

  test('organisations: tagged, then cited; the photo credit names the photo agencies, not sources', () => {
    expect(keys(plan.organizations)).toEqual(['nato', 'nato-russia-council', 'dpa'])
    // The page sent no photo file, so its credit makes nobody a source of what is published.
    expect(keys(plan.sourceAgencies)).toEqual(['dpa'])
    expect(keys(plan.photo?.agencies ?? [])).toEqual(['epa', 'bgnes'])
  })

  test('with the photo file, the credited agencies are sources too', () => {
    const withPhoto = planWireImport(
      parseWirePage(SEED, { fileName: `seed/stories/${SEED_FILE}` }),
      registry,
      { hasPhotoFile: true },
    )
    expect(keys(withPhoto.sourceAgencies)).toEqual(['dpa', 'epa', 'bgnes'])
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

  test('thirteen quotes: twelve with their speaker, one from an official the page does not name', () => {
    expect(plan.quotes).toHaveLength(13)
    expect(plan.quotes.filter((quote) => quote.speaker === null)).toMatchObject([
      { text: 'anaconda', speakerDescription: 'One Russian official' },
    ])
  })

  test('nothing new: every name is known, and the one note is that quote', () => {
    expect(plan.foundIn).toEqual({})
    expect(plan.notes).toEqual([
      {
        kind: 'unattributedQuote',
        line: null,
        message:
          'paragraph 9: quote from a speaker the page does not name ("One Russian official"): "anaconda"',
      },
    ])
  })

  test('no dateline opens the story, so no place is invented', () => {
    expect(plan.datelinePlace).toBeNull()
    expect(plan.publishedAt).toBe('2011-12-08T14:58:00.000Z')
  })
})

const page = (tags: string, body: string, caption = '') =>
  parseWirePage(
    `Headline\n\nWorld | December 8, 2011, Thursday // 16:58| 5 views\n\n${caption}${caption ? '\n\n' : ''}${body}\n\nTags: ${tags}\n`,
    { fileName: 'variant.txt' },
  )

describe('planWireImport recognises what nobody registered', () => {
  const council = planWireImport(
    page(
      'Plovdiv City Council, Stefan Mihaylov, Nadezhda Kirova, Plovdiv, budget',
      [
        'The Plovdiv City Council approved the budget on Wednesday.',
        '"This budget does not raise taxes," council chair Stefan Mihaylov told reporters.',
        '"We have heard that every year," said councillor Nadezhda Kirova.',
      ].join('\n\n'),
      'Councillors vote in Plovdiv, 14 March 2012. BTA',
    ),
    registry,
  )

  test('councillors named in the Tags line are people, with the position the page gives', () => {
    expect(
      council.people.map(({ name, positions }) => [name, positions.map((p) => p.title)]),
    ).toEqual([
      ['Stefan Mihaylov', ['council chair']],
      ['Nadezhda Kirova', ['councillor']],
    ])
    const council_ = council.organizations.find((entry) => entry.name === 'Plovdiv City Council')
    expect(council_).toMatchObject({ kind: 'government' })
    expect(council.people.map((person) => person.positions[0]?.organization)).toEqual([
      council_?.key,
      council_?.key,
    ])
  })

  test('the city is a place, the council an organisation, the agency in the credit a source', () => {
    expect(council.tags.map(({ name, kind }) => [name, kind])).toEqual([
      ['Plovdiv', 'place'],
      ['budget', 'topic'],
    ])
    expect(council.photo?.agencies.map((agency) => [agency.name, agency.kind])).toEqual([
      ['Bulgarian News Agency', 'news agency'],
    ])
  })

  test('each quote is attributed to the person the attribution names', () => {
    expect(council.quotes.map((quote) => quote.speaker)).toEqual(
      council.people.map((person) => person.key),
    )
  })

  test('what is new comes with the sentence that shows it, and a note to review it', () => {
    const mihaylov = council.people[0]!
    expect(council.foundIn[mihaylov.key]).toBe(
      '"This budget does not raise taxes," council chair Stefan Mihaylov told reporters.',
    )
    expect(
      council.notes.filter((note) => note.kind === 'newEntity').map((note) => note.message),
    ).toEqual([
      'new person "Stefan Mihaylov" (council chair, Plovdiv City Council)',
      'new person "Nadezhda Kirova" (councillor, Plovdiv City Council)',
      'new organisation "Plovdiv City Council" (government)',
      'new organisation "Bulgarian News Agency" (news agency)',
      'new place tag "Plovdiv"',
      'new topic tag "budget"',
    ])
  })

  test.each<[label: string, tags: string, body: string, expected: string[]]>([
    [
      'an unknown lowercase tag word becomes a topic tag',
      'arms control',
      'Ministers met.',
      ['newEntity: new topic tag "arms control"'],
    ],
    [
      'a tagged name with an organisation word is an organisation',
      'Arctic Council',
      'Ministers met.',
      ['newEntity: new organisation "Arctic Council" (government)'],
    ],
    [
      'a quote from a speaker the page only describes',
      'NATO',
      '"We will see," an official said.',
      [
        'unattributedQuote: paragraph 1: quote from a speaker the page does not name ("an official"): "We will see,"',
      ],
    ],
    [
      'someone quoted but never named in full is not created',
      'NATO',
      '"We will see," Petrov said.',
      ['unattributedQuote: paragraph 1: speaker not resolved from "Petrov said": "We will see,"'],
    ],
  ])('%s', (_label, tags, body, expected) => {
    expect(
      planWireImport(page(tags, body), registry).notes.map(
        (note) => `${note.kind}: ${note.message}`,
      ),
    ).toEqual(expected)
  })
})

describe('findDatelinePlace', () => {
  test.each<[paragraph: string, expected: string | null]>([
    ['MOSCOW - Russia wants guarantees.', 'Moscow'],
    ['Moscow, Dec 8 (DPA) — Russia wants guarantees.', 'Moscow'],
    ['ATHENS - Greek lawmakers approved cuts.', 'Athens'],
    ['RUSE - The Danube flooded the city.', 'Ruse'],
    ['STARA ZAGORA - The council voted.', 'Stara Zagora'],
    ['RUSSIA - a place the registry keeps.', 'Russia'],
    ['NATO Foreign Ministers have failed to make headway.', null],
    ['Nowhereville - a place nobody knows.', null],
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
