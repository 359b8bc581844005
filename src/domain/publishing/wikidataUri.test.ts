import { describe, expect, test } from 'vitest'

import { wikidataUri } from './wikidataUri'

const CASES: Array<[string | null | undefined, string | undefined]> = [
  ['Q7184', 'https://www.wikidata.org/wiki/Q7184'],
  ['Q58217', 'https://www.wikidata.org/wiki/Q58217'],
  [undefined, undefined],
  [null, undefined],
  ['', undefined],
  ['q7184', undefined],
  ['Q07184', undefined],
  ['https://www.wikidata.org/wiki/Q7184', undefined],
  ['P31', undefined],
]

describe('wikidataUri (sameAs and ninjs uri)', () => {
  test.each(CASES)('%j links to %j', (id, expected) => {
    expect(wikidataUri(id)).toBe(expected)
  })
})
