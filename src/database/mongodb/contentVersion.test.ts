import { describe, expect, test } from 'vitest'

import { LEASE_MS, WRITES_IN_FLIGHT, hasWriteInFlight } from './contentVersion'

const NOW = Date.parse('2026-03-01T12:00:00.000Z')
const at = (msAgo: number) => new Date(NOW - msAgo)

describe('hasWriteInFlight', () => {
  test.each<[label: string, data: unknown, expected: boolean]>([
    ['no version document', undefined, false],
    ['a version and nothing in flight (SQL, or MongoDB at rest)', { version: 'v1' }, false],
    ['an empty list of writes', { version: 'v1', [WRITES_IN_FLIGHT]: {} }, false],
    ['a write that began a moment ago', { [WRITES_IN_FLIGHT]: { t1: at(50) } }, true],
    ['a write read back as text', { [WRITES_IN_FLIGHT]: { t1: at(50).toISOString() } }, true],
    [
      'a write whose process died, past the lease',
      { [WRITES_IN_FLIGHT]: { t1: at(LEASE_MS + 1) } },
      false,
    ],
    [
      'one dead write and one live one',
      { [WRITES_IN_FLIGHT]: { t1: at(LEASE_MS * 3), t2: at(10) } },
      true,
    ],
    ['an unreadable stamp', { [WRITES_IN_FLIGHT]: { t1: 'not a date' } }, false],
  ])('%s → %s', (_label, data, expected) => {
    expect(hasWriteInFlight(data, NOW)).toBe(expected)
  })

  test('the lease outlives any MongoDB transaction (60 s by default)', () => {
    expect(LEASE_MS).toBeGreaterThan(60_000)
  })
})
