import { describe, expect, test } from 'vitest'

import { readerDate, timeElement } from './readerDate'

describe('readerDate', () => {
  test.each<[string | null | undefined, string | undefined]>([
    ['2011-12-08T14:58:00.000Z', '8 December 2011, 14:58 UTC'],
    ['2011-12-08T15:58:00+01:00', '8 December 2011, 14:58 UTC'],
    ['2026-01-01T00:05:00.000Z', '1 January 2026, 00:05 UTC'],
    ['not a date', undefined],
    [null, undefined],
  ])('%j reads %j', (value, expected) => {
    expect(readerDate(value)).toBe(expected)
  })

  test('a time element carries the instant for machines', () => {
    expect(timeElement('2011-12-08T15:58:00+01:00').value).toBe(
      '<time datetime="2011-12-08T14:58:00.000Z">8 December 2011, 14:58 UTC</time>',
    )
    expect(timeElement(undefined).value).toBe('')
  })
})
