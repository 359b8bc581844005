import { describe, expect, test } from 'vitest'

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

describe('namesAppearIn', () => {
  test.each(NAME_CASES)('%s', (_name, names, text, expected) => {
    expect(namesAppearIn(names, text)).toBe(expected)
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
