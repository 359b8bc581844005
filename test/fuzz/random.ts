/**
 * A small seeded generator (mulberry32), so a fuzz run is the same run every time: a failure
 * reproduces from its seed and the input's number. No dependency, no global Math.random.
 */
export interface Random {
  /** A float in [0, 1). */
  next: () => number
  int: (min: number, max: number) => number
  chance: (probability: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** Some of the items (at least `min`), in a random order. */
  some: <T>(items: readonly T[], min?: number, max?: number) => T[]
}

export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    some: (items, min = 1, max = items.length) => {
      const pool = [...items]
      const count = int(Math.min(min, pool.length), Math.min(max, pool.length))
      const chosen: (typeof items)[number][] = []
      while (chosen.length < count) chosen.push(pool.splice(int(0, pool.length - 1), 1)[0]!)
      return chosen
    },
  }
}
