import { beforeAll, expect, test } from 'vitest'

import { findCity, findCountry, findPlace } from './gazetteer'

// The cities are read on first use, which may take seconds on a busy machine.
beforeAll(() => void findCity('Sofia'), 60_000)

test.each<[name: string, expected: { name: string; kind: string; countryCode: string } | null]>([
  ['Russia', { name: 'Russia', kind: 'country', countryCode: 'RU' }],
  ['the Russian Federation', { name: 'Russian Federation', kind: 'country', countryCode: 'RU' }],
  ['Czechia', { name: 'Czechia', kind: 'country', countryCode: 'CZ' }],
  ['SOFIA', { name: 'Sofia', kind: 'city', countryCode: 'BG' }],
  ['Plovdiv', { name: 'Plovdiv', kind: 'city', countryCode: 'BG' }],
  ['Lampedusa', { name: 'Lampedusa', kind: 'city', countryCode: 'IT' }],
  ['Edirne', { name: 'Edirne', kind: 'city', countryCode: 'TR' }],
  ['Georgia', { name: 'Georgia', kind: 'country', countryCode: 'GE' }],
  // Codes are left to the registry: "US" is part of titles, "UK" a word in other languages.
  ['US', null],
  ['Hillary', null],
  ['Danube', null],
])('%s → %o', (name, expected) => {
  const place = findPlace(name)
  expect(
    place ? { name: place.name, kind: place.kind, countryCode: place.countryCode } : null,
  ).toEqual(expected)
})

test('a city several places share is the most populous one', () => {
  expect(findCity('Sofia')?.population).toBeGreaterThan(1_000_000)
  expect(findCountry('Sofia')).toBeNull()
})
