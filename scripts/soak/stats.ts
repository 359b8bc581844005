/** Latency percentiles and the memory-flatness check for the soak report; no I/O here. */

/** Nearest-rank percentile of `values` (milliseconds); 0 for none. */
export const percentile = (values: number[], fraction: number): number => {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)))
  return sorted[rank - 1] ?? 0
}

const median = (values: number[]): number => percentile(values, 0.5)

export interface MemoryVerdict {
  isFlat: boolean
  /** Median heap after GC in the first and last third of the measured (post-warm-up) run. */
  firstThird: number
  lastThird: number
  /** (last − first) / first. */
  growth: number
  reason: string
}

/**
 * Memory is flat when the median heap after a full GC in the last third of the run (after
 * warm-up) is at most `maxGrowth` above the first third's. Medians of post-GC samples ignore a
 * single sample caught mid-burst; thirds compare like with like under the same steady load.
 */
export const memoryVerdict = (
  heapAfterGc: number[],
  { maxGrowth = 0.2, minSamples = 6 } = {},
): MemoryVerdict => {
  if (heapAfterGc.length < minSamples) {
    return {
      isFlat: false,
      firstThird: 0,
      lastThird: 0,
      growth: 0,
      reason: `only ${heapAfterGc.length} memory sample(s) after warm-up; need ${minSamples}`,
    }
  }
  const third = Math.floor(heapAfterGc.length / 3)
  const firstThird = median(heapAfterGc.slice(0, third))
  const lastThird = median(heapAfterGc.slice(-third))
  const growth = (lastThird - firstThird) / firstThird
  const isFlat = growth <= maxGrowth
  const percent = (growth * 100).toFixed(1)
  return {
    isFlat,
    firstThird,
    lastThird,
    growth,
    reason: isFlat
      ? `heap after GC grew ${percent}% from the first to the last third (limit ${maxGrowth * 100}%)`
      : `heap after GC grew ${percent}% from the first to the last third, over the ${maxGrowth * 100}% limit`,
  }
}
