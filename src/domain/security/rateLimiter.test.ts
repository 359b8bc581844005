import { describe, expect, test } from 'vitest'

import { createRateLimiter, parseRateLimit } from './rateLimiter'

type Step = [action: 'check' | 'record', key: string, at: number, allowed?: boolean, retry?: number]

const SCENARIOS: Array<[label: string, steps: Step[]]> = [
  [
    'allows up to the limit, then refuses until the oldest event leaves the window',
    [
      ['record', 'a', 0],
      ['record', 'a', 1_000],
      ['check', 'a', 1_500, false, 59],
      ['check', 'a', 59_999, false, 1],
      ['check', 'a', 60_000, true],
    ],
  ],
  [
    'the window slides: an event late in the window keeps its weight',
    [
      ['record', 'a', 0],
      ['record', 'a', 50_000],
      ['check', 'a', 60_001, true],
      ['record', 'a', 60_001],
      ['check', 'a', 60_002, false, 50],
    ],
  ],
  [
    'keys are counted apart',
    [
      ['record', 'a', 0],
      ['record', 'a', 0],
      ['check', 'a', 1, false, 60],
      ['check', 'b', 1, true],
    ],
  ],
  ['checking records nothing', [...Array.from({ length: 5 }, (): Step => ['check', 'a', 0, true])]],
]

describe('createRateLimiter (2 per 60 s)', () => {
  test.each(SCENARIOS)('%s', (_label, steps) => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 })
    for (const [action, key, at, allowed, retry] of steps) {
      if (action === 'record') {
        limiter.record(key, at)
        continue
      }
      expect(limiter.check(key, at), `${action} ${key} at ${at}`).toEqual({
        allowed,
        retryAfterSeconds: retry ?? 0,
      })
    }
  })

  test('keeps at most maxKeys keys, forgetting the least recent', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 }, 2)
    limiter.record('first', 0)
    limiter.record('second', 1)
    limiter.record('third', 2)
    expect(limiter.check('first', 3).allowed).toBe(true)
    expect(limiter.check('third', 3).allowed).toBe(false)
  })
})

const PARSED: Array<[input: string, expected: ReturnType<typeof parseRateLimit>]> = [
  ['20/600', { limit: 20, windowMs: 600_000 }],
  [' 5 / 60 ', { limit: 5, windowMs: 60_000 }],
  ['OFF', 'off'],
  [
    '0/60',
    {
      problem:
        'LOGIN_RATE_LIMIT must be "<count>/<seconds>" with both at least 1 (e.g. 20/600), or "off"; got "0/60"',
    },
  ],
  [
    'ten per minute',
    {
      problem:
        'LOGIN_RATE_LIMIT must be "<count>/<seconds>" with both at least 1 (e.g. 20/600), or "off"; got "ten per minute"',
    },
  ],
]

describe('parseRateLimit', () => {
  test.each(PARSED)('%j', (input, expected) => {
    expect(parseRateLimit('LOGIN_RATE_LIMIT', input)).toEqual(expected)
  })
})
