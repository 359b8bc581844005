import { readFileSync } from 'node:fs'

import { describe, expect, test } from 'vitest'

import { parseWirePage } from './parseWirePage'
import type { WirePage } from './types'
import { WirePageParseError } from './wirePageParseError'

const SEED_FILE = '000_c5d2321bc6b974fc.txt'
const SEED = readFileSync(new URL(`../../../seed/stories/${SEED_FILE}`, import.meta.url), 'utf8')

const SEED_META = 'World | December 8, 2011, Thursday // 16:58|\u00a0 views'
const SEED_CAPTION_LINE =
  'US Secretary of State Hillary Clinton and British Foreign Secretary William Hague (L) during a NATO Foreign Ministers council at NATO headquarters, in Brussels, 08 December 2011. EPA/BGNES'
const DONATION =
  'We need your support so can keep delivering news and information about Bulgaria! Thank you!'
const SEED_TAGS = [
  'NATO',
  'Russia',
  'missile defense',
  'missile shield',
  'missile defense shield',
  'NATO-Russia Council',
  'Guido Westerwelle',
  'Sergey Lavrov',
  'Sergei Lavrov',
  'Hillary Clinton',
  'US Secretary of State',
  'Anders Fogh Rasmussen',
  'NATO Secretary General',
]

const parse = (text: string): WirePage => parseWirePage(text, { fileName: 'story.txt' })

const replaceOnce = (text: string, search: string, replacement: string): string => {
  if (!text.includes(search)) throw new Error(`fixture text not found: ${search}`)
  return text.replace(search, replacement)
}

describe('parseWirePage on the seed story as it is', () => {
  const page = parseWirePage(SEED, { fileName: SEED_FILE })

  test.each<[field: string, actual: unknown, expected: unknown]>([
    ['fileName', page.fileName, SEED_FILE],
    ['headline', page.headline, 'NATO, Russia Still at Odds over Missile Shield in Europe'],
    ['section', page.section, 'World'],
    [
      'localDateTime',
      page.localDateTime,
      {
        date: '2011-12-08',
        time: '16:58',
        weekday: 'Thursday',
        printed: 'December 8, 2011, Thursday // 16:58',
      },
    ],
    ['timeZone', page.timeZone, 'Europe/Sofia'],
    // Sofia is UTC+2 in December.
    ['publishedAt', page.publishedAt, '2011-12-08T14:58:00.000Z'],
    ['viewCount', page.viewCount, null],
    [
      'photo',
      page.photo,
      {
        caption:
          'US Secretary of State Hillary Clinton and British Foreign Secretary William Hague (L) during a NATO Foreign Ministers council at NATO headquarters, in Brussels, 08 December 2011.',
        creditLine: 'EPA/BGNES',
        agencies: ['EPA', 'BGNES'],
      },
    ],
    ['paragraph count', page.paragraphs.length, 18],
    [
      'first paragraph',
      page.paragraphs[0],
      "NATO Foreign Ministers have failed to make headway on talks with Russia over the military alliance's planned European missile defense system.",
    ],
    [
      'last paragraph',
      page.paragraphs.at(-1),
      '"There exists practical cooperation between the alliance and Russia, and that should not be lost sight of, even with a charged atmosphere. There will only be security on our continent with Russia, not against Russia ... Nobody should be closing doors," stated Westerwelle.',
    ],
    [
      'no boilerplate',
      page.paragraphs.some((paragraph) => paragraph.includes('We need your support')),
      false,
    ],
    ['the 13 tags', page.tags, SEED_TAGS],
    ['related links', page.relatedLinks, []],
    ['warnings', page.warnings, []],
  ])('%s', (_field, actual, expected) => {
    expect(actual).toEqual(expected)
  })
})

const RELATED_BLOCK = [
  '» Related Articles:',
  'Russia Threatens to Target NATO Missile Shield - https://www.novinite.com/view_news.php?id=134000',
  'NATO Summit Ends in Lisbon',
  'https://www.novinite.com/view_news.php?id=133000',
].join('\n')

const VARIANTS: Array<[label: string, text: string, expected: Partial<WirePage>]> = [
  [
    'a view count',
    replaceOnce(SEED, '16:58|\u00a0 views', '16:58| 1234 views'),
    { viewCount: 1234 },
  ],
  ['no photo caption', replaceOnce(SEED, `${SEED_CAPTION_LINE}\n\n`, ''), { photo: null }],
  [
    'a related block with entries',
    replaceOnce(SEED, '» Related Articles:', RELATED_BLOCK),
    {
      relatedLinks: [
        {
          title: 'Russia Threatens to Target NATO Missile Shield',
          url: 'https://www.novinite.com/view_news.php?id=134000',
        },
        { title: 'NATO Summit Ends in Lisbon' },
        { title: '', url: 'https://www.novinite.com/view_news.php?id=133000' },
      ],
      warnings: [],
    },
  ],
  [
    'after a blank line only entries with a URL are taken as links',
    replaceOnce(
      SEED,
      '» Related Articles:',
      '» Related Articles:\n\nNATO Summit Ends in Lisbon - https://www.novinite.com/a\nNATO Summit Ends in Lisbon\n',
    ),
    {
      relatedLinks: [{ title: 'NATO Summit Ends in Lisbon', url: 'https://www.novinite.com/a' }],
      warnings: [
        {
          line: 51,
          message: 'unrecognised line after the related articles; kept here for an editor',
          text: 'NATO Summit Ends in Lisbon',
        },
      ],
    },
  ],
  [
    'a summer date is UTC+3 in Sofia',
    replaceOnce(SEED, 'December 8, 2011, Thursday', 'July 14, 2011, Thursday'),
    { publishedAt: '2011-07-14T13:58:00.000Z' },
  ],
  [
    'a wrong weekday is kept as a warning',
    replaceOnce(SEED, 'Thursday //', 'Friday //'),
    {
      publishedAt: '2011-12-08T14:58:00.000Z',
      warnings: [
        {
          line: 3,
          message: 'the printed weekday "Friday" does not match 2011-12-08, a thursday',
          text: 'World | December 8, 2011, Friday // 16:58| views',
        },
      ],
    },
  ],
  [
    'an unknown trailing line is a warning, not lost',
    `${SEED}\n\nRead more on our Facebook page`,
    {
      relatedLinks: [],
      warnings: [
        {
          line: 50,
          message: 'unrecognised line after the related articles; kept here for an editor',
          text: 'Read more on our Facebook page',
        },
      ],
    },
  ],
  [
    'a stray line between Tags and related articles is a warning',
    replaceOnce(SEED, '\n\n\n» Related', '\nPhoto gallery\n\n» Related'),
    {
      warnings: [
        {
          line: 46,
          message: 'unrecognised line after the Tags line; kept here for an editor',
          text: 'Photo gallery',
        },
      ],
    },
  ],
]

describe('parseWirePage on variants of the seed story', () => {
  test.each(VARIANTS)('%s', (_label, text, expected) => {
    expect(parse(text)).toMatchObject(expected)
  })
})

describe('parseWirePage reads the same story whatever its whitespace', () => {
  const expected = parse(SEED)
  const { fileName: _fileName, ...content } = expected

  test.each<[label: string, text: string]>([
    ['CRLF line ends', SEED.replace(/\n/g, '\r\n')],
    ['extra blank lines', SEED.replace(/\n\n/g, '\n\n\n\n').replace(/^/, '\n\n')],
    [
      'stray no-break spaces',
      SEED.replace('NATO Foreign Ministers have', 'NATO\u00a0Foreign\u00a0Ministers have ').replace(
        'Tags: NATO,',
        'Tags:\u00a0NATO\u00a0,',
      ),
    ],
    ['trailing whitespace', SEED.replace(/\n/g, ' \t\n')],
    ['a byte-order mark', `\ufeff${SEED}`],
  ])('%s', (_label, text) => {
    const { fileName: _name, warnings, ...actual } = parse(text)
    expect(warnings).toEqual([])
    expect({ ...actual, warnings }).toEqual(content)
  })
})

test('another publisher time zone can be named', () => {
  const page = parseWirePage(SEED, { fileName: 'story.txt', timeZone: 'America/New_York' })
  expect(page).toMatchObject({
    timeZone: 'America/New_York',
    publishedAt: '2011-12-08T21:58:00.000Z',
  })
})

describe('parseWirePage refuses what it cannot read', () => {
  test.each<[label: string, text: string, message: string]>([
    [
      'a missing headline',
      SEED.slice(SEED.indexOf('World |')),
      'story.txt:1: expected a headline on the first line, got "World | December 8, 2011, Thursday // 16:58| views"',
    ],
    [
      'a bad meta line',
      replaceOnce(SEED, SEED_META, 'World - December 8, 2011'),
      'story.txt:3: expected the meta line "Section | Month D, YYYY, Weekday // HH:MM| N views", got "World - December 8, 2011"',
    ],
    [
      'a headline without a meta line',
      'Just a headline\n',
      'story.txt:3: expected the meta line "Section | Month D, YYYY, Weekday // HH:MM| N views", got ""',
    ],
    ['an empty file', ' \n\n', 'story.txt:1: expected a headline, got ""'],
    [
      'a missing meta line, the caption found instead',
      replaceOnce(SEED, `${SEED_META}\n\n`, ''),
      `story.txt:3: expected the meta line "Section | Month D, YYYY, Weekday // HH:MM| N views", got ${JSON.stringify(SEED_CAPTION_LINE)}`,
    ],
  ])('%s', (_label, text, message) => {
    expect(() => parse(text)).toThrow(WirePageParseError)
    expect(() => parse(text)).toThrow(message)
  })
})

test('the donation appeal is the only text dropped from the body', () => {
  const page = parse(SEED)
  const bodyText = SEED.slice(
    SEED.indexOf(SEED_CAPTION_LINE) + SEED_CAPTION_LINE.length,
    SEED.indexOf('Tags:'),
  )
  const sourceParagraphs = bodyText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== DONATION)
  expect(page.paragraphs).toEqual(sourceParagraphs)
})
