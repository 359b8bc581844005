import { describe, expect, test } from 'vitest'

import { memoryVerdict, percentile } from '../../scripts/soak/stats'

describe('soak statistics', () => {
  test.each<[values: number[], fraction: number, expected: number]>([
    [[], 0.5, 0],
    [[7], 0.99, 7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5],
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.9, 9],
    [Array.from({ length: 100 }, (_, index) => index + 1), 0.99, 99],
  ])('percentile(%j, %s) = %s', (values, fraction, expected) => {
    expect(percentile(values, fraction)).toBe(expected)
  })

  const MB = 1024 * 1024
  test.each<[label: string, samples: number[], isFlat: boolean]>([
    ['a steady heap', [80, 82, 79, 81, 80, 83, 80, 81, 82].map((mb) => mb * MB), true],
    ['noise within the limit', [80, 90, 85, 88, 84, 92, 86, 90, 89].map((mb) => mb * MB), true],
    ['a leak', [80, 85, 90, 95, 100, 105, 110, 115, 120].map((mb) => mb * MB), false],
    ['too few samples to tell', [80, 80, 80].map((mb) => mb * MB), false],
  ])('%s → flat: %s', (_label, samples, isFlat) => {
    expect(memoryVerdict(samples).isFlat).toBe(isFlat)
  })
})
