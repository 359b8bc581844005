import fc from 'fast-check'
import { describe, expect, test } from 'vitest'

import { foldText } from '../foldText'

import { namesAppearIn, splitByProminence } from './prominence'
import type { OrganizationRef, PersonRef, PublishableArticle } from './types'

const HEADLINE = 'NATO, Russia Still at Odds over Missile Shield in Europe'

const NAME_CASES: Array<[string, Array<string | undefined>, string, boolean]> = [
  ['a name as printed', ['NATO'], HEADLINE, true],
  ['any case', ['nato'], HEADLINE, true],
  ['an alias', ['Sergey Lavrov', 'Lavrov'], 'Lavrov Warns NATO', true],
  ['accents folded', ['Sergey Lavrov'], 'Sergéy Lavrov Warns NATO', true],
  ['inside another word is not a match', ['NATO'], 'NATOs and Natorp', false],
  ['a hyphenated compound still names its part', ['NATO'], 'NATO-Russia Council meets', true],
  ['a missing acronym is ignored', ['Deutsche Presse-Agentur', undefined], HEADLINE, false],
  ['an empty alias never matches', [''], HEADLINE, false],
  ['regex characters are literal', ['C++ Group (CPG)'], 'C++ Group (CPG) says', true],
]

/** The rule as a regular expression, as it was first written: the oracle for generated text. */
const byRegExp = (names: Array<string | undefined>, text: string): boolean =>
  names.some((name) => {
    const key = name ? foldText(name) : ''
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return (
      key !== '' &&
      new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(foldText(text))
    )
  })

describe('namesAppearIn', () => {
  test.each(NAME_CASES)('%s', (_name, names, text, expected) => {
    expect(namesAppearIn(names, text)).toBe(expected)
  })

  test('agrees with the regular expression on generated names and text', () => {
    // Names drawn from the text itself as well, so that matches (and near misses) are common.
    const letters = fc.constantFrom('a', 'É', 'ß', '1', ' ', '-', '\u{1D400}', '\uD800', 'ﬁ', 'İ')
    const text = fc.array(letters, { maxLength: 24 }).map((parts) => parts.join(''))
    const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 24 }))
    const cases = anyText.chain((story) =>
      fc.tuple(
        fc.array(
          fc.oneof(
            anyText,
            fc
              .nat({ max: story.length })
              .chain((from) =>
                fc.nat({ max: 8 }).map((length) => story.slice(from, from + length)),
              ),
            fc.constant(undefined),
          ),
          { maxLength: 3 },
        ),
        fc.constant(story),
      ),
    )
    fc.assert(
      fc.property(cases, ([names, story]) => {
        expect(namesAppearIn(names, story)).toBe(byRegExp(names, story))
      }),
      { numRuns: 3000 },
    )
  })
})

const lavrov: PersonRef = { name: 'Sergey Lavrov', slug: 'sergey-lavrov', aliases: ['Lavrov'] }
const medvedev: PersonRef = { name: 'Dmitry Medvedev', slug: 'dmitry-medvedev' }
const nato: OrganizationRef = {
  name: 'North Atlantic Treaty Organization',
  slug: 'nato',
  kind: 'alliance',
  acronym: 'NATO',
}
const dpa: OrganizationRef = {
  name: 'Deutsche Presse-Agentur',
  slug: 'dpa',
  kind: 'news_agency',
  acronym: 'DPA',
}

const story = (changes: Partial<PublishableArticle>): PublishableArticle => ({
  id: 1,
  headline: 'Missile Shield Talks Stall',
  slug: 'missile-shield-talks-stall',
  publishedAt: '2011-12-08T14:58:00Z',
  people: [lavrov, medvedev],
  organizations: [nato, dpa],
  ...changes,
})

const slugs = (items: Array<{ slug: string }>) => items.map((item) => item.slug)

const SPLIT_CASES: Array<[string, Partial<PublishableArticle>, string[], string[]]> = [
  [
    'nobody named up top or quoted: all only mentioned',
    {},
    [],
    ['sergey-lavrov', 'dmitry-medvedev', 'nato', 'dpa'],
  ],
  [
    'an acronym in the headline',
    { headline: 'NATO Talks Stall' },
    ['nato'],
    ['sergey-lavrov', 'dmitry-medvedev', 'dpa'],
  ],
  [
    'an alias in the standfirst',
    { standfirst: 'Lavrov wants guarantees.' },
    ['sergey-lavrov'],
    ['dmitry-medvedev', 'nato', 'dpa'],
  ],
  [
    'a quoted speaker',
    { quotes: [{ text: 'We need legally binding arrangements', speakerSlug: 'sergey-lavrov' }] },
    ['sergey-lavrov'],
    ['dmitry-medvedev', 'nato', 'dpa'],
  ],
  [
    'a quote nobody could attribute changes nothing',
    { quotes: [{ text: 'anaconda' }] },
    [],
    ['sergey-lavrov', 'dmitry-medvedev', 'nato', 'dpa'],
  ],
]

describe('splitByProminence: about is who the story centres on, mentions the rest', () => {
  test.each(SPLIT_CASES)('%s', (_name, changes, about, mentions) => {
    const split = splitByProminence(story(changes))
    expect([...slugs(split.about.people), ...slugs(split.about.organizations)]).toEqual(about)
    expect([...slugs(split.mentions.people), ...slugs(split.mentions.organizations)]).toEqual(
      mentions,
    )
  })
})
