import { describe, expect, test } from 'vitest'

import { findQuotedSpans } from './findQuotedSpans'

describe('findQuotedSpans', () => {
  test.each<[label: string, paragraph: string, expected: ReturnType<typeof findQuotedSpans>]>([
    [
      'straight quotes',
      '"Yes," he said.',
      { spans: [{ openAt: 0, closeAt: 5 }], unclosedAt: null },
    ],
    [
      'curly quotes',
      '\u201cYes,\u201d he said.',
      { spans: [{ openAt: 0, closeAt: 5 }], unclosedAt: null },
    ],
    [
      'two quotes',
      '"A," he said. "B."',
      {
        spans: [
          { openAt: 0, closeAt: 3 },
          { openAt: 14, closeAt: 17 },
        ],
        unclosedAt: null,
      },
    ],
    [
      'an apostrophe is not a quote',
      '"We don\'t agree," he said.',
      { spans: [{ openAt: 0, closeAt: 16 }], unclosedAt: null },
    ],
    ['an unclosed quote', 'He said "no', { spans: [], unclosedAt: 8 }],
    ['no quotes', 'Plain text.', { spans: [], unclosedAt: null }],
  ])('%s', (_label, paragraph, expected) => {
    expect(findQuotedSpans(paragraph)).toEqual(expected)
  })
})
