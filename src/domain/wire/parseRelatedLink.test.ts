import { describe, expect, test } from 'vitest'

import { parseRelatedLink } from './parseRelatedLink'

const URL = 'https://www.novinite.com/view_news.php?id=134543'

const CASES: Array<[label: string, line: string, expected: ReturnType<typeof parseRelatedLink>]> = [
  [
    'a title alone',
    'Russia Threatens to Target Missile Shield',
    { title: 'Russia Threatens to Target Missile Shield' },
  ],
  [
    'a title and a URL after a hyphen',
    `Russia Threatens to Target Missile Shield - ${URL}`,
    { title: 'Russia Threatens to Target Missile Shield', url: URL },
  ],
  [
    'a title and a URL after an en dash',
    `NATO Summit \u2013 ${URL}`,
    { title: 'NATO Summit', url: URL },
  ],
  [
    'a hyphenated title keeps its hyphen',
    `NATO-Russia Council Meets - ${URL}`,
    { title: 'NATO-Russia Council Meets', url: URL },
  ],
  ['a title and a URL in parentheses', `NATO Summit (${URL})`, { title: 'NATO Summit', url: URL }],
  ['a Markdown link', `[NATO Summit](${URL})`, { title: 'NATO Summit', url: URL }],
  ['a bare URL', URL, { title: '', url: URL }],
  [
    'a www address gains a scheme',
    'www.novinite.com/a',
    { title: '', url: 'https://www.novinite.com/a' },
  ],
  ['a guillemet bullet', `» NATO Summit - ${URL}`, { title: 'NATO Summit', url: URL }],
  ['a dash bullet', '- NATO Summit', { title: 'NATO Summit' }],
  ['a numbered entry', '2. NATO Summit', { title: 'NATO Summit' }],
  [
    'a title with a colon and no URL',
    'Missile Shield: What Next?',
    { title: 'Missile Shield: What Next?' },
  ],
  ['an empty line', '  ', null],
]

describe('parseRelatedLink', () => {
  test.each(CASES)('%s', (_label, line, expected) => {
    expect(parseRelatedLink(line)).toEqual(expected)
  })
})
