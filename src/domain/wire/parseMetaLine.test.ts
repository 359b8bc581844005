import { describe, expect, test } from 'vitest'

import { parseMetaLine } from './parseMetaLine'

const SEED = 'World | December 8, 2011, Thursday // 16:58| views'

const CASES: Array<[label: string, line: string, expected: Record<string, unknown>]> = [
  [
    'the seed line with an empty view counter',
    SEED,
    {
      section: 'World',
      year: 2011,
      month: 12,
      day: 8,
      hour: 16,
      minute: 58,
      weekday: 'Thursday',
      printed: 'December 8, 2011, Thursday // 16:58',
      viewCount: null,
      weekdayMismatch: null,
    },
  ],
  ['a view count', 'World | December 8, 2011, Thursday // 16:58| 1234 views', { viewCount: 1234 }],
  [
    'a view count with a thousands separator',
    'Business | May 3, 2012, Thursday // 09:05| 12,345 views',
    { section: 'Business', viewCount: 12345, month: 5, hour: 9, minute: 5 },
  ],
  [
    'a view count grouped by a space',
    'Bulgaria | March 14, 2012, Wednesday // 11:20| 1 204 views',
    { viewCount: 1204 },
  ],
  [
    'a view count grouped by dots',
    'World | March 14, 2012, Wednesday // 11:20| 12.345.678 views',
    { viewCount: 12345678 },
  ],
  [
    'no weekday',
    'Politics | March 15, 2012 // 09:05 | 1,204 views',
    { day: 15, weekday: null, weekdayMismatch: null, printed: 'March 15, 2012 // 09:05' },
  ],
  [
    'no spaces around the bars and slashes',
    'Business|April 2, 2012, Monday//14:45|views',
    { section: 'Business', weekday: 'Monday', hour: 14, minute: 45, viewCount: null },
  ],
  ['an abbreviated month', 'World | Dec 8, 2011, Thursday // 16:58| views', { month: 12, day: 8 }],
  ['a single view', 'World | December 8, 2011, Thursday // 16:58| 1 view', { viewCount: 1 }],
  [
    'spaces around the bars',
    'Society |  December 8, 2011, Thursday // 16:58 | views'.replace('  ', ' '),
    { section: 'Society' },
  ],
  ['a lowercase month', 'World | december 8, 2011, Thursday // 16:58| views', { month: 12 }],
  [
    'a section with spaces',
    'Bulgaria in the World | December 8, 2011, Thursday // 16:58| views',
    { section: 'Bulgaria in the World' },
  ],
  [
    'a wrong weekday is reported, the date kept',
    'World | December 8, 2011, Friday // 16:58| views',
    {
      day: 8,
      weekdayMismatch: 'the printed weekday "Friday" does not match 2011-12-08, a thursday',
    },
  ],
]

describe('parseMetaLine', () => {
  test.each(CASES)('%s', (_label, line, expected) => {
    expect(parseMetaLine(line)).toMatchObject(expected)
  })

  test.each([
    ['no section', 'December 8, 2011, Thursday // 16:58| views'],
    ['no time', 'World | December 8, 2011, Thursday | views'],
    ['an unknown month', 'World | Decembre 8, 2011, Thursday // 16:58| views'],
    ['a date that does not exist', 'World | February 30, 2011, Wednesday // 16:58| views'],
    ['an hour past 23', 'World | December 8, 2011, Thursday // 24:10| views'],
    ['prose', 'NATO Foreign Ministers have failed to make headway.'],
    ['an ISO date', 'Business | 2012-05-03 // 10:00 | 12 views'],
    ['a count that is not grouped in threes', 'World | Dec 8, 2011, Thursday // 16:58| 1 20 views'],
  ])('is not a meta line: %s', (_label, line) => {
    expect(parseMetaLine(line)).toBeNull()
  })
})
