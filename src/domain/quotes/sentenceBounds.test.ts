import { describe, expect, test } from 'vitest'

import { findQuotedSpans } from './findQuotedSpans'
import { sentenceStarts } from './sentenceBounds'

describe('sentenceStarts', () => {
  test.each<[label: string, paragraph: string, expected: number[]]>([
    ['two sentences', 'One. Two.', [0, 5]],
    ['an abbreviation does not split', 'The U.S. Secretary spoke. Then', [0, 26]],
    ['a stop inside a quotation does not split', '"It is not. It is," she said. Next', [0, 30]],
    ['a quotation that ends a sentence does', 'there were "mistakes." But he said', [0, 23]],
    ['a question mark', 'Why? Because.', [0, 5]],
  ])('%s', (_label, paragraph, expected) => {
    expect(sentenceStarts(paragraph, findQuotedSpans(paragraph).spans)).toEqual(expected)
  })
})
