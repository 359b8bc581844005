import fc from 'fast-check'
import { describe, expect, test } from 'vitest'

import { parseMetaLine } from './parseMetaLine'
import { parseWirePage } from './parseWirePage'
import { WirePageParseError } from './wirePageParseError'
import { MONTHS, WEEKDAYS } from '../calendar'

/** A real calendar moment, with the weekday it fell on. */
const moment = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => ({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    weekday: WEEKDAYS[date.getUTCDay()]!,
  }))

const space = fc.constantFrom('', ' ')
const section = fc.constantFrom(
  'World',
  'Bulgaria',
  'Business',
  'Politics',
  'Bulgaria in the World',
)

/** A view count as pages print it: none, plain, or grouped in threes by a comma, dot or space. */
interface PrintedCount {
  count: number | null
  printed: string
}
const viewCount: fc.Arbitrary<PrintedCount> = fc
  .option(fc.integer({ min: 0, max: 9_999_999 }), { nil: null })
  .chain((count): fc.Arbitrary<PrintedCount> =>
    count === null
      ? fc.constant({ count, printed: '' })
      : fc.constantFrom('', ',', '.', ' ').map((separator) => ({
          count,
          printed: separator
            ? count.toLocaleString('en-US').replace(/,/g, separator)
            : String(count),
        })),
  )

describe('parseMetaLine, for any moment and any of the layouts pages use', () => {
  test('reads back the section, date, time, weekday and view count', () => {
    fc.assert(
      fc.property(
        section,
        moment,
        viewCount,
        fc.boolean(),
        fc.tuple(space, space, space, space),
        (name, when, views, hasWeekday, [beforeBar, afterBar, aroundSlashes, beforeCount]) => {
          const pad = (value: number) => String(value).padStart(2, '0')
          const weekday = hasWeekday ? `, ${when.weekday}` : ''
          const line =
            `${name}${beforeBar}|${afterBar}${MONTHS[when.month - 1]} ${when.day}, ${when.year}${weekday}` +
            `${aroundSlashes}//${aroundSlashes}${pad(when.hour)}:${pad(when.minute)}` +
            `${beforeCount}|${afterBar}${views.printed}${views.printed ? ' ' : ''}views`
          expect(parseMetaLine(line)).toMatchObject({
            section: name,
            year: when.year,
            month: when.month,
            day: when.day,
            hour: when.hour,
            minute: when.minute,
            weekday: hasWeekday ? when.weekday : null,
            viewCount: views.count,
            weekdayMismatch: null,
          })
        },
      ),
    )
  })
})

describe('parseWirePage', () => {
  test('on any text at all, it returns a page or fails saying file, line and what it expected', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        try {
          parseWirePage(text, { fileName: 'any.txt' })
        } catch (error) {
          expect(error).toBeInstanceOf(WirePageParseError)
          expect((error as Error).message).toMatch(/^any\.txt:\d+: expected /)
        }
      }),
    )
  })

  const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/)
  const sentence = fc.array(word, { minLength: 2, maxLength: 12 }).map(
    (words) =>
      `${words
        .join(' ')
        .toLowerCase()
        .replace(/^./, (c) => c.toUpperCase())}.`,
  )

  test('a page built from a headline, paragraphs and tags reads back the same parts', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 8 }).map((words) => words.join(' ')),
        fc.array(sentence, { minLength: 1, maxLength: 6 }),
        fc.uniqueArray(word, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        (headline, paragraphs, tags, newline) => {
          const text = [
            headline,
            '',
            'World | December 8, 2011, Thursday // 16:58| 5 views',
            '',
            ...paragraphs.flatMap((paragraph) => [paragraph, '']),
            `Tags: ${tags.join(', ')}`,
            '',
          ].join(newline)
          const page = parseWirePage(text, { fileName: 'built.txt' })
          expect(page.headline).toBe(headline)
          expect(page.paragraphs).toEqual(paragraphs)
          expect(page.tags).toEqual(tags)
          expect(page.warnings).toEqual([])
        },
      ),
    )
  })
})
