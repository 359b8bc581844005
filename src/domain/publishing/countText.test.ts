import { describe, expect, test } from 'vitest'

import { countCharacters, countWords } from './countText'

const WORD_CASES: Array<[string, number]> = [
  ['', 0],
  ['   ', 0],
  ['NATO', 1],
  ['NATO, Russia Still at Odds', 5],
  ["we don't agree yet", 4],
  ['the NATO-Russia Council', 3],
  ['the next level ... We are committed', 6],
  ['other NATO interests - most notably', 5],
  ['the 28 ministers', 3],
  ['Sergéy Lávrov', 2],
  ['Russia\u2019s supply routes', 3],
  ['Москва и Вашингтон', 3],
]

describe('countWords', () => {
  test.each(WORD_CASES)('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected)
  })
})

const CHARACTER_CASES: Array<[string, number]> = [
  ['', 0],
  ['NATO', 4],
  ['Sergéy', 6],
  ['a b', 3],
  ['𝐀 and 🚀', 7],
]

describe('countCharacters', () => {
  test.each(CHARACTER_CASES)('%j has %i characters', (text, expected) => {
    expect(countCharacters(text)).toBe(expected)
  })
})
