import { describe, expect, test } from 'vitest'

import { zonedTimeToUtc } from './zonedTimeToUtc'

const CASES: Array<[label: string, local: string, timeZone: string, expected: string]> = [
  ['Sofia in winter is UTC+2', '2011-12-08 16:58', 'Europe/Sofia', '2011-12-08T14:58:00.000Z'],
  ['Sofia in summer is UTC+3', '2011-07-14 16:58', 'Europe/Sofia', '2011-07-14T13:58:00.000Z'],
  [
    'the day after Sofia springs forward',
    '2011-03-28 10:00',
    'Europe/Sofia',
    '2011-03-28T07:00:00.000Z',
  ],
  ['the evening before it does', '2011-03-26 23:30', 'Europe/Sofia', '2011-03-26T21:30:00.000Z'],
  [
    'a time skipped by the spring gap moves forward',
    '2011-03-27 03:30',
    'Europe/Sofia',
    '2011-03-27T01:30:00.000Z',
  ],
  [
    'a time repeated in autumn takes the earlier instant',
    '2011-10-30 03:30',
    'Europe/Sofia',
    '2011-10-30T00:30:00.000Z',
  ],
  [
    'midnight rolls the UTC date back',
    '2012-01-01 00:10',
    'Europe/Sofia',
    '2011-12-31T22:10:00.000Z',
  ],
  ['a zone west of UTC', '2011-12-08 16:58', 'America/New_York', '2011-12-08T21:58:00.000Z'],
  ['UTC itself', '2011-12-08 16:58', 'UTC', '2011-12-08T16:58:00.000Z'],
  ['a half-hour zone', '2011-12-08 16:58', 'Asia/Kolkata', '2011-12-08T11:28:00.000Z'],
]

const parseLocal = (local: string) => {
  const [date = '', time = ''] = local.split(' ')
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0 }
}

describe('zonedTimeToUtc', () => {
  test.each(CASES)('%s', (_label, local, timeZone, expected) => {
    expect(zonedTimeToUtc(parseLocal(local), timeZone).toISOString()).toBe(expected)
  })

  test('an unknown zone is refused', () => {
    expect(() => zonedTimeToUtc(parseLocal('2011-12-08 16:58'), 'Mars/Olympus')).toThrow(RangeError)
  })
})
