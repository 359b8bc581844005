/**
 * Which item each request of a rotating read path asks for: `uniform` walks a shuffled order of
 * all items (every request a different one until all were asked), `zipf` draws from Zipf's law
 * with exponent ZIPF_EXPONENT (a few stories take most of the traffic, as news traffic does, and
 * the long tail still gets asked), `hot` always asks for the same one (the old one-story rows).
 */
export type Rotation = 'hot' | 'uniform' | 'zipf'

export const ZIPF_EXPONENT = 1

/** A small seeded generator (mulberry32): the same run asks for the same items in the same order. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const shuffled = (count: number, random: () => number): number[] => {
  const order = Array.from({ length: count }, (_, index) => index)
  for (let index = count - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    ;[order[index], order[other]] = [order[other]!, order[index]!]
  }
  return order
}

/** The cumulative weights of ranks 1..count under Zipf's law, normalised to end at 1. */
const zipfCumulative = (count: number, exponent: number): Float64Array => {
  const cumulative = new Float64Array(count)
  let sum = 0
  for (let rank = 1; rank <= count; rank += 1) {
    sum += 1 / rank ** exponent
    cumulative[rank - 1] = sum
  }
  for (let index = 0; index < count; index += 1) cumulative[index]! /= sum
  return cumulative
}

const firstAtLeast = (cumulative: Float64Array, value: number): number => {
  let low = 0
  let high = cumulative.length - 1
  while (low < high) {
    const middle = (low + high) >>> 1
    if (cumulative[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * A picker of item indexes in 0..count-1. `hotIndex` is the one a `hot` path asks for. The most
 * popular ranks of `zipf` are spread over the items in a shuffled order, not the first ids.
 */
export const picker = (
  count: number,
  rotation: Rotation,
  { seed = 24, hotIndex = 0 }: { seed?: number; hotIndex?: number } = {},
): (() => number) => {
  if (count < 1) throw new Error('a rotation needs at least one item')
  if (rotation === 'hot') return () => hotIndex
  const random = seededRandom(seed)
  const order = shuffled(count, random)
  if (rotation === 'uniform') {
    let next = 0
    return () => {
      const index = order[next]!
      next = (next + 1) % count
      return index
    }
  }
  const cumulative = zipfCumulative(count, ZIPF_EXPONENT)
  return () => order[firstAtLeast(cumulative, random())]!
}
