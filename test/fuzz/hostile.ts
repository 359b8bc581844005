import type { Random } from './random'

/** Strings an attacker or a broken client sends: SQL, NoSQL, paths, markup, odd Unicode. */
export const HOSTILE_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE articles; --",
  '1; SELECT pg_sleep(0)--',
  '" OR ""="',
  "admin'--",
  '1) UNION SELECT hash, salt FROM users--',
  "%' AND 1=0 UNION SELECT sqlite_version()--",
  '{"$gt": ""}',
  '{"$ne": null}',
  '{"$where": "sleep(1)"}',
  '$regex',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '\u0000',
  'null',
  'undefined',
  'NaN',
  '[object Object]',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil\u202c',
  'Z\u0351\u0360\u0364a\u035blgo',
  '😀'.repeat(50),
  ' ',
  '',
  '%',
  '_',
  '\\',
  'x'.repeat(5000),
] as const

/** Ids of every wrong kind, for routes and relationship fields. */
export const INVALID_IDS = [
  '0',
  '-1',
  '1.5',
  '1e309',
  '0x10',
  '9'.repeat(40),
  'abc',
  '507f1f77bcf86cd799439011',
  '00000000-0000-0000-0000-000000000000',
  'null',
  '%00',
  '%FF%FE',
  '..%2F..%2Fusers',
  "1'--",
  '1%20OR%201=1',
] as const

/** Dates no calendar has, or no database column holds. */
export const ABSURD_DATES = [
  '0000-00-00',
  '2011-02-30T00:00:00Z',
  '-271821-04-19T00:00:00.000Z',
  '+275760-09-14T00:00:00.000Z',
  '99999-12-31',
  '1970-01-01T25:61:61Z',
  'yesterday',
  '2011-13-01',
  '1e20',
  '',
] as const

/** Any JSON value, nested at most `depth` levels, drawn from the hostile lists. */
export const hostileJson = (random: Random, depth = 2): unknown => {
  const kind = random.int(0, depth > 0 ? 9 : 6)
  switch (kind) {
    case 0:
      return random.pick(HOSTILE_STRINGS)
    case 1:
      return random.pick([0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, 2 ** 31])
    case 2:
      return random.pick([true, false, null])
    case 3:
      return random.pick(ABSURD_DATES)
    case 4:
      return random.pick(INVALID_IDS)
    case 5:
      return { $gt: '' }
    case 6:
      return []
    case 7:
      return Array.from({ length: random.int(1, 3) }, () => hostileJson(random, depth - 1))
    default:
      return Object.fromEntries(
        Array.from({ length: random.int(1, 3) }, () => [
          random.pick(['id', 'equals', '$ne', 'relationTo', 'value', 'root', 'name', '__proto__']),
          hostileJson(random, depth - 1),
        ]),
      )
  }
}
