import { describe, expect, test } from 'vitest'

import { isoInstant, latestInstant } from './isoInstant'

const INSTANT_CASES: Array<[string | null | undefined, string | undefined]> = [
  ['2011-12-08T14:58:00.000Z', '2011-12-08T14:58:00.000Z'],
  ['2011-12-08T16:58:00+02:00', '2011-12-08T14:58:00.000Z'],
  ['2011-12-08', '2011-12-08T00:00:00.000Z'],
  ['not a date', undefined],
  ['', undefined],
  [null, undefined],
  [undefined, undefined],
]

describe('isoInstant', () => {
  test.each(INSTANT_CASES)('%j is %j', (value, expected) => {
    expect(isoInstant(value)).toBe(expected)
  })
})

const LATEST_CASES: Array<[string, Array<string | undefined>, string | undefined]> = [
  ['nothing', [], undefined],
  ['one date', ['2011-12-08T14:58:00Z'], '2011-12-08T14:58:00.000Z'],
  [
    'an update after publication',
    ['2011-12-08T14:58:00Z', '2011-12-09T10:00:00Z'],
    '2011-12-09T10:00:00.000Z',
  ],
  [
    'an update stamped before publication (an import of an old story) never wins',
    ['2011-12-08T14:58:00Z', '2011-12-01T00:00:00Z'],
    '2011-12-08T14:58:00.000Z',
  ],
  [
    'offsets are compared as instants',
    ['2011-12-08T23:00:00-05:00', '2011-12-09T03:00:00Z'],
    '2011-12-09T04:00:00.000Z',
  ],
  [
    'missing and bad dates are skipped',
    [undefined, 'nope', '2011-12-08T14:58:00Z'],
    '2011-12-08T14:58:00.000Z',
  ],
]

describe('latestInstant', () => {
  test.each(LATEST_CASES)('%s', (_name, values, expected) => {
    expect(latestInstant(values)).toBe(expected)
  })
})
