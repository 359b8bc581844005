/**
 * A sliding-window limiter: at most `limit` events per key in any `windowMs`. Pure and in memory,
 * with the clock passed in, so it is tested without waiting. Each key keeps at most `limit`
 * timestamps, and the number of keys is capped (oldest dropped first) so a flood of distinct
 * keys cannot grow memory without bound.
 */
export interface RateLimit {
  limit: number
  windowMs: number
}

export interface RateLimitDecision {
  allowed: boolean
  /** When refused: whole seconds until the oldest counted event leaves the window (at least 1). */
  retryAfterSeconds: number
}

export interface RateLimiter {
  /** Whether one more event for this key would be within the limit. Records nothing. */
  check: (key: string, now: number) => RateLimitDecision
  /** Counts one event for this key. */
  record: (key: string, now: number) => void
}

export const createRateLimiter = (
  { limit, windowMs }: RateLimit,
  maxKeys = 10_000,
): RateLimiter => {
  const events = new Map<string, number[]>()

  const recent = (key: string, now: number): number[] => {
    const kept = (events.get(key) ?? []).filter((time) => time > now - windowMs)
    if (kept.length === 0) events.delete(key)
    else events.set(key, kept)
    return kept
  }

  return {
    check: (key, now) => {
      const kept = recent(key, now)
      if (kept.length < limit) return { allowed: true, retryAfterSeconds: 0 }
      const oldest = kept[kept.length - limit]!
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)),
      }
    },
    record: (key, now) => {
      const kept = recent(key, now)
      kept.push(now)
      // Re-inserting moves the key to the end, so the map's first key is the least recent.
      events.delete(key)
      events.set(key, kept.slice(-limit))
      while (events.size > maxKeys) events.delete(events.keys().next().value!)
    },
  }
}

/**
 * Reads a limit written `<count>/<seconds>` (e.g. `20/600`: 20 per ten minutes), or `off`.
 * Returns a message naming the setting when the text is neither.
 */
export const parseRateLimit = (
  name: string,
  text: string,
): RateLimit | 'off' | { problem: string } => {
  const value = text.trim().toLowerCase()
  if (value === 'off') return 'off'
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value)
  const limit = Number(match?.[1])
  const seconds = Number(match?.[2])
  if (!match || limit < 1 || seconds < 1) {
    return {
      problem: `${name} must be "<count>/<seconds>" with both at least 1 (e.g. 20/600), or "off"; got "${text}"`,
    }
  }
  return { limit, windowMs: seconds * 1000 }
}
