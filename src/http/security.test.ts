import { describe, expect, test } from 'vitest'

import { securityHeaderList } from './security'

type Case = [
  name: string,
  isDevelopment: boolean,
  expected: { hsts: boolean; scriptSrc: string; connectSrc: string },
]

const CASES: Case[] = [
  [
    'production: HSTS, and scripts only from here (inline for Next)',
    false,
    {
      hsts: true,
      scriptSrc: "script-src 'self' 'unsafe-inline'",
      connectSrc: "connect-src 'self'",
    },
  ],
  [
    'development: no HSTS on plain http, eval and the hot-reload socket allowed',
    true,
    {
      hsts: false,
      scriptSrc: "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
      connectSrc: "connect-src 'self' ws: wss:",
    },
  ],
]

describe('the security headers, worked out once from helmet', () => {
  test.each(CASES)('%s', (_name, isDevelopment, expected) => {
    const headers = new Map(
      securityHeaderList({ isDevelopment }).map(([name, value]) => [name.toLowerCase(), value]),
    )
    const policy = headers.get('content-security-policy') ?? ''
    expect(policy.split(';')).toEqual(
      expect.arrayContaining([expected.scriptSrc, expected.connectSrc, "object-src 'none'"]),
    )
    expect(headers.has('strict-transport-security')).toBe(expected.hsts)
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(headers.get('cross-origin-resource-policy')).toBe('cross-origin')
  })
})
