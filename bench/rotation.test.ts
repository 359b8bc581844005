import { describe, expect, it } from 'vitest'

import { picker } from './rotation'

const draw = (next: () => number, times: number): number[] =>
  Array.from({ length: times }, () => next())

describe('the bench rotations', () => {
  it('a hot path always asks for the same item', () => {
    expect(new Set(draw(picker(100, 'hot', { hotIndex: 7 }), 50))).toEqual(new Set([7]))
  })

  it('a uniform path asks for every item once before it asks for any again', () => {
    const asked = draw(picker(1000, 'uniform'), 1000)
    expect(new Set(asked).size).toBe(1000)
    expect(Math.min(...asked)).toBe(0)
    expect(Math.max(...asked)).toBe(999)
  })

  it('a zipf path gives its favourite about 1/H(n) of the traffic and still reaches the tail', () => {
    const count = 10_000
    const asked = draw(picker(count, 'zipf'), 200_000)
    const tally = new Map<number, number>()
    for (const index of asked) tally.set(index, (tally.get(index) ?? 0) + 1)
    const top = Math.max(...tally.values()) / asked.length
    // H(10 000) ≈ 9.79, so rank 1 takes about 10 % of the requests.
    expect(top).toBeGreaterThan(0.09)
    expect(top).toBeLessThan(0.115)
    expect(tally.size).toBeGreaterThan(count * 0.5)
  })

  it('the same seed asks in the same order', () => {
    expect(draw(picker(500, 'zipf', { seed: 3 }), 20)).toEqual(
      draw(picker(500, 'zipf', { seed: 3 }), 20),
    )
  })
})
