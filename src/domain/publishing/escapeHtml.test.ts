import { describe, expect, test } from 'vitest'

import { escapeHtml } from './escapeHtml'

const CASES: Array<[string, string]> = [
  ['plain words', 'plain words'],
  ['Russia & NATO', 'Russia &amp; NATO'],
  ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['"anaconda"', '&quot;anaconda&quot;'],
  ["the alliance's shield", 'the alliance&#39;s shield'],
  ['&amp; already escaped', '&amp;amp; already escaped'],
  ['Sergéy Lávrov — “quoted”', 'Sergéy Lávrov — “quoted”'],
  ['', ''],
]

describe('escapeHtml', () => {
  test.each(CASES)('%j becomes %j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected)
  })
})
