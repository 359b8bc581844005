import { describe, expect, test } from 'vitest'

import { absoluteUri } from './absoluteUri'

const CASES: Array<[string | null | undefined, string | undefined]> = [
  ['https://news.example.com/articles/a', 'https://news.example.com/articles/a'],
  ['https://news.example.com', 'https://news.example.com/'],
  ['  https://www.nato.int/news 81.htm ', 'https://www.nato.int/news%2081.htm'],
  ['https://example.com/Москва', 'https://example.com/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0'],
  ['/media/photo.jpg', undefined],
  ['www.novinite.com/view_news.php?id=1', undefined],
  ['', undefined],
  [null, undefined],
  [undefined, undefined],
]

describe('absoluteUri', () => {
  test.each(CASES)('%j becomes %j', (value, expected) => {
    expect(absoluteUri(value)).toBe(expected)
  })
})
