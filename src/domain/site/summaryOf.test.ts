import { describe, expect, test } from 'vitest'

import { SUMMARY_LENGTH, summaryOf } from './summaryOf'

const LONG = 'NATO foreign ministers failed again to agree with Russia on missile defence. '.repeat(
  5,
)

describe('summaryOf', () => {
  test.each<
    [
      label: string,
      standfirst: string | undefined,
      paragraphs: string[],
      expected: string | undefined,
    ]
  >([
    ['the standfirst first', 'Talks stall.', ['Body.'], 'Talks stall.'],
    ['else the first paragraph', undefined, ['Body one.', 'Body two.'], 'Body one.'],
    ['a blank standfirst counts as none', '  ', ['Body one.'], 'Body one.'],
    ['spaces are collapsed', 'Talks\n  stall.', [], 'Talks stall.'],
    ['nothing at all', undefined, [], undefined],
  ])('%s', (_label, standfirst, paragraphs, expected) => {
    expect(summaryOf(standfirst, paragraphs)).toBe(expected)
  })

  test('a long text is cut at a word, with an ellipsis, within the length', () => {
    const summary = summaryOf(undefined, [LONG])!
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LENGTH)
    expect(summary.endsWith('…')).toBe(true)
    expect(LONG.startsWith(summary.slice(0, -1))).toBe(true)
    expect(LONG[summary.length - 1]).toMatch(/[\s.]/)
  })
})
