import { describe, expect, test } from 'vitest'

import { isWikidataId, wikidataUrl } from './wikidata'

const CASES: Array<[string, boolean]> = [
  ['Q7184', true],
  ['Q1', true],
  ['q7184', false],
  ['Q07184', false],
  ['Q', false],
  ['7184', false],
  [' Q7184', false],
  ['Q7184 ', false],
  ['P31', false],
  ['Q12a', false],
]

describe('isWikidataId', () => {
  test.each(CASES)('%j is a Wikidata ID: %s', (value, expected) => {
    expect(isWikidataId(value)).toBe(expected)
  })
})

test('wikidataUrl points at the item page', () => {
  expect(wikidataUrl('Q7184')).toBe('https://www.wikidata.org/wiki/Q7184')
})
