import { describe, expect, test } from 'vitest'

import { normalizeLine, splitLines } from './normalizeLine'

describe('normalizeLine', () => {
  test.each([
    ['trailing whitespace', 'Tags: NATO  \t', 'Tags: NATO'],
    ['a stray no-break space', 'NATO\u00a0Foreign Ministers', 'NATO Foreign Ministers'],
    ['a no-break space standing in for a number', '16:58|\u00a0 views', '16:58| views'],
    ['a byte-order mark', '\ufeffHeadline', 'Headline'],
    ['narrow no-break space', '8\u202fDecember', '8 December'],
    ['a blank line of spaces', ' \u00a0 ', ''],
  ])('%s', (_label, input, expected) => {
    expect(normalizeLine(input)).toBe(expected)
  })
})

describe('splitLines', () => {
  test.each([
    ['LF', 'a\nb', ['a', 'b']],
    ['CRLF', 'a\r\nb\r\n', ['a', 'b', '']],
    ['CR', 'a\rb', ['a', 'b']],
  ])('%s', (_label, input, expected) => {
    expect(splitLines(input)).toEqual(expected)
  })
})
