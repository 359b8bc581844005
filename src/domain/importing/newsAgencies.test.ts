import { expect, test } from 'vitest'

import { agenciesNamedIn, findAgency } from './newsAgencies'

test.each<[name: string, expected: string | null]>([
  ['BTA', 'Bulgarian News Agency'],
  ['bta', 'Bulgarian News Agency'],
  ['ANA-MPA', 'Athens-Macedonian News Agency'],
  ['Anadolu', 'Anadolu Agency'],
  ['AA', 'Anadolu Agency'],
  ['ITAR-TASS', 'TASS'],
  ['Xinhua News Agency', 'Xinhua'],
  ['AP', 'Associated Press'],
  ['EPA', 'European Pressphoto Agency'],
  ['Focus', 'Focus News Agency'],
  ['Novinite', null],
])('findAgency(%s) is %s', (name, expected) => {
  expect(findAgency(name)?.name ?? null).toBe(expected)
})

test.each<[label: string, texts: string[], credits: string[], expected: string[]]>([
  ['a credit', [], ['AA', 'EPA'], ['Anadolu Agency', 'European Pressphoto Agency']],
  ['a citation', ['TASS reported on Wednesday.'], [], ['TASS']],
  ['an ordinary word is no agency', ['The focus of the talks was gas.'], [], []],
  [
    'the name as printed, capitals and all',
    ['Focus News Agency reported.'],
    [],
    ['Focus News Agency'],
  ],
])('agenciesNamedIn: %s', (_label, texts, credits, expected) => {
  expect(agenciesNamedIn(texts, credits).map((agency) => agency.name)).toEqual(expected)
})

test('an agency found by one name is matched by that name only, so "AA" in a credit is not every "aa"', () => {
  const [anadolu] = agenciesNamedIn([], ['AA'])
  expect(anadolu).toMatchObject({
    acronym: 'AA',
    aliases: [],
    kind: 'news agency',
    country: 'Turkey',
  })
})
