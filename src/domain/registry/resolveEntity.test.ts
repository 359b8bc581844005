import { describe, expect, test } from 'vitest'

import { resolveEntity } from './resolveEntity'
import type { ResolvedEntity } from './resolveEntity'
import { loadSeedRegistry } from './seedRegistry.testing'
import type { Registry } from './types'

const registry = loadSeedRegistry()
const ARTICLE_DATE = '2011-12-08'

/** A short, comparable description of a resolution. */
const summarize = (result: ResolvedEntity): string => {
  switch (result.kind) {
    case 'position':
      return `position:${result.entry.key}->${result.holder?.key ?? 'nobody'}`
    case 'ambiguous':
      return `ambiguous:${result.candidates.map((candidate) => (candidate.kind === 'position' ? candidate.position.key : candidate.entry.key)).join(',')}`
    case 'unresolved':
      return 'unresolved'
    default:
      return `${result.kind}:${result.entry.key}`
  }
}

const CASES: Array<[label: string, name: string, date: string | undefined, expected: string]> = [
  ['a full name', 'Sergey Lavrov', ARTICLE_DATE, 'person:sergey-lavrov'],
  ['an alternative spelling', 'Sergei Lavrov', ARTICLE_DATE, 'person:sergey-lavrov'],
  ['a surname alias', 'Lavrov', ARTICLE_DATE, 'person:sergey-lavrov'],
  ['diacritics', 'Sergéy Lávrov', ARTICLE_DATE, 'person:sergey-lavrov'],
  ['upper case', 'HILLARY CLINTON', ARTICLE_DATE, 'person:hillary-clinton'],
  [
    'lower case and extra spaces',
    '  anders   fogh rasmussen ',
    ARTICLE_DATE,
    'person:anders-fogh-rasmussen',
  ],
  ['a full-name alias', 'Hillary Rodham Clinton', ARTICLE_DATE, 'person:hillary-clinton'],
  ['an acronym', 'NATO', ARTICLE_DATE, 'organization:nato'],
  [
    'an organisation alias',
    'North Atlantic Treaty Organization',
    ARTICLE_DATE,
    'organization:nato',
  ],
  [
    'a hyphen variant',
    'NATO\u2013Russia Council',
    ARTICLE_DATE,
    'organization:nato-russia-council',
  ],
  ['an agency acronym in lower case', 'dpa', ARTICLE_DATE, 'organization:dpa'],
  ['a place tag', 'Russia', ARTICLE_DATE, 'tag:russia'],
  ['a place tag by its alias', 'the Russian Federation', ARTICLE_DATE, 'tag:russia'],
  ['a topic alias', 'missile shield', ARTICLE_DATE, 'tag:missile-defense'],
  ['another topic alias', 'Missile Defense Shield', ARTICLE_DATE, 'tag:missile-defense'],
  [
    'a job title on the article date',
    'US Secretary of State',
    ARTICLE_DATE,
    'position:us-secretary-of-state->hillary-clinton',
  ],
  [
    'a title alias with an article',
    'the US State Secretary',
    ARTICLE_DATE,
    'position:us-secretary-of-state->hillary-clinton',
  ],
  [
    'a title after the term ended',
    'US Secretary of State',
    '2013-02-02',
    'position:us-secretary-of-state->nobody',
  ],
  [
    'a title before the term began',
    'US Secretary of State',
    '2009-01-20',
    'position:us-secretary-of-state->nobody',
  ],
  [
    'a title on the last day of the term',
    'Secretary of State',
    '2013-02-01',
    'position:us-secretary-of-state->hillary-clinton',
  ],
  [
    'a title without a date',
    'NATO Secretary General',
    undefined,
    'position:nato-secretary-general->nobody',
  ],
  [
    'a month-precision term',
    "Russia's NATO ambassador",
    '2011-12-30',
    'position:russian-ambassador-to-nato->dmitry-rogozin',
  ],
  [
    'after a month-precision term',
    "Russia's NATO ambassador",
    '2012-01-01',
    'position:russian-ambassador-to-nato->nobody',
  ],
  [
    'an open-ended term',
    'Russian Foreign Minister',
    '2020-06-01',
    'position:russian-foreign-minister->sergey-lavrov',
  ],
  ['an unknown name', 'Vladimir Putin', ARTICLE_DATE, 'unresolved'],
  ['an empty name', '', ARTICLE_DATE, 'unresolved'],
]

describe('resolveEntity against the seed registry', () => {
  test.each(CASES)('%s: %j', (_label, name, date, expected) => {
    expect(summarize(resolveEntity(name, registry, { date }))).toBe(expected)
  })

  test('an unknown name is reported with the name as given', () => {
    expect(resolveEntity('Vladimir Putin', registry)).toEqual({
      kind: 'unresolved',
      name: 'Vladimir Putin',
    })
  })
})

describe('resolveEntity with names shared by several entries', () => {
  const clinton = registry.people.find((person) => person.key === 'hillary-clinton')
  if (!clinton) throw new Error('seed registry lost Hillary Clinton')
  const extended: Registry = {
    ...registry,
    people: [
      ...registry.people,
      {
        ...clinton,
        key: 'bill-clinton',
        name: 'Bill Clinton',
        slug: 'bill-clinton',
        aliases: ['Clinton'],
        positions: [],
      },
      {
        ...clinton,
        key: 'john-kerry',
        name: 'John Kerry',
        slug: 'john-kerry',
        aliases: ['Kerry'],
        pronoun: 'he',
        positions: [{ ...clinton.positions[0]!, from: '2013-02-01', to: '2017-01-20' }],
      },
    ],
  }

  test.each<[label: string, name: string, date: string, expected: string]>([
    [
      'a surname two people share is ambiguous',
      'Clinton',
      ARTICLE_DATE,
      'ambiguous:hillary-clinton,bill-clinton',
    ],
    ['a full name still resolves', 'Hillary Clinton', ARTICLE_DATE, 'person:hillary-clinton'],
    [
      'a title resolves to the holder on the date',
      'Secretary of State',
      '2014-05-01',
      'position:us-secretary-of-state->john-kerry',
    ],
    [
      'on a handover day nobody is guessed',
      'Secretary of State',
      '2013-02-01',
      'position:us-secretary-of-state->nobody',
    ],
  ])('%s', (_label, name, date, expected) => {
    expect(summarize(resolveEntity(name, extended, { date }))).toBe(expected)
  })
})
