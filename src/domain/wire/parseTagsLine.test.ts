import { describe, expect, test } from 'vitest'

import { isTagsLine, parseTagsLine } from './parseTagsLine'

describe('parseTagsLine', () => {
  test.each([
    ['a plain list', 'Tags: NATO, Russia, missile defense', ['NATO', 'Russia', 'missile defense']],
    [
      'extra spaces and an empty entry',
      'Tags:  NATO ,Russia,, missile shield ',
      ['NATO', 'Russia', 'missile shield'],
    ],
    ['identical repeats are dropped', 'Tags: NATO, Russia, NATO', ['NATO', 'Russia']],
    [
      'different spellings are both kept',
      'Tags: Sergey Lavrov, Sergei Lavrov',
      ['Sergey Lavrov', 'Sergei Lavrov'],
    ],
    ['case differences are kept', 'Tags: NATO, Nato', ['NATO', 'Nato']],
    ['an empty list', 'Tags:', []],
  ])('%s', (_label, line, expected) => {
    expect(parseTagsLine(line)).toEqual(expected)
  })

  test.each([
    ['Tags: NATO', true],
    ['TAGS : NATO', true],
    ['Tagsy: NATO', false],
    ['The tags: NATO', false],
  ])('isTagsLine(%j) is %s', (line, expected) => {
    expect(isTagsLine(line)).toBe(expected)
  })
})
