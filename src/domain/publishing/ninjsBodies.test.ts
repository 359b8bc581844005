import { describe, expect, test } from 'vitest'

import { ninjsBodies, paragraphsToHtml } from './ninjsBodies'

const HTML_CASES: Array<[string, string[], string]> = [
  ['nothing', [], ''],
  ['one paragraph', ['Nobody agreed.'], '<p>Nobody agreed.</p>'],
  [
    'markup in the text is escaped',
    ['Use <b> & "quotes"'],
    '<p>Use &lt;b&gt; &amp; &quot;quotes&quot;</p>',
  ],
  ['paragraphs on their own lines', ['One.', 'Two.'], '<p>One.</p>\n<p>Two.</p>'],
]

describe('paragraphsToHtml', () => {
  test.each(HTML_CASES)('%s', (_name, paragraphs, expected) => {
    expect(paragraphsToHtml(paragraphs)).toBe(expected)
  })
})

test('HTML and plain bodies count the same words and characters, escaping aside', () => {
  const [html, plain] = ninjsBodies(['Russia & NATO <disagree>.', 'We don\u2019t agree yet.'])
  expect(plain).toStrictEqual({
    role: 'main',
    contentType: 'text/plain',
    charCount: 25 + 19,
    wordCount: 3 + 4,
    value: 'Russia & NATO <disagree>.\n\nWe don\u2019t agree yet.',
  })
  expect(html).toMatchObject({ contentType: 'text/html', charCount: 44, wordCount: 7 })
  expect(html?.value).toBe(
    '<p>Russia &amp; NATO &lt;disagree&gt;.</p>\n<p>We don\u2019t agree yet.</p>',
  )
})

test('a story without a body has no bodies', () => {
  expect(ninjsBodies([])).toEqual([])
})
