import { describe, expect, test } from 'vitest'

import { HEADLINE_MAX_LENGTH, truncateHeadline } from './truncateHeadline'

const SEED = 'NATO, Russia Still at Odds over Missile Shield in Europe'
const LONG =
  'NATO Foreign Ministers Fail to Make Headway with Russia on Missile Shield as Moscow Demands Guarantees, Lavrov Warns'

const CASES: Array<[string, string, number, string]> = [
  ['a short headline is kept', SEED, HEADLINE_MAX_LENGTH, SEED],
  ['spacing is tidied', '  NATO,   Russia  ', HEADLINE_MAX_LENGTH, 'NATO, Russia'],
  ['exactly the limit is kept', 'a'.repeat(110), HEADLINE_MAX_LENGTH, 'a'.repeat(110)],
  [
    'a long headline is cut at a word, without the trailing comma',
    LONG,
    HEADLINE_MAX_LENGTH,
    'NATO Foreign Ministers Fail to Make Headway with Russia on Missile Shield as Moscow Demands Guarantees…',
  ],
  ['a word ending right at the limit is kept', 'Russia Still at Odds', 13, 'Russia Still…'],
  ['a word crossing the limit is dropped', 'Russia Still at Odds', 12, 'Russia…'],
  ['one word longer than the limit is cut inside it', 'Supercalifragilistic', 10, 'Supercali…'],
  ['characters are code points, not UTF-16 units', '𝐀𝐁𝐂 𝐃𝐄𝐅', 6, '𝐀𝐁𝐂…'],
]

describe('truncateHeadline', () => {
  test.each(CASES)('%s', (_name, headline, maxLength, expected) => {
    const result = truncateHeadline(headline, maxLength)
    expect(result).toBe(expected)
    expect([...result].length).toBeLessThanOrEqual(maxLength)
  })
})
