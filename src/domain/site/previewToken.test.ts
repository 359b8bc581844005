import { describe, expect, test } from 'vitest'

import {
  PREVIEW_LIFETIME_MS,
  PREVIEW_STEP_MS,
  checkPreviewToken,
  previewExpiry,
  signPreviewToken,
} from './previewToken'

const SECRET = 'a-secret-only-the-server-knows'
const NOW = Date.parse('2026-12-07T10:00:00.000Z')
const GRANT = { articleId: '12', userId: '3', expiresAt: previewExpiry(NOW) }
const TOKEN = signPreviewToken(SECRET, GRANT)

const replacePart = (token: string, index: number, value: string): string =>
  token
    .split('.')
    .map((part, at) => (at === index ? value : part))
    .join('.')

describe('preview tokens', () => {
  test('a token minted now reads the one story for the one account', () => {
    expect(checkPreviewToken(SECRET, TOKEN, NOW)).toEqual({ isValid: true, grant: GRANT })
  })

  test.each<[label: string, token: string, secret: string, now: number, reason: string]>([
    ['another story’s id', replacePart(TOKEN, 0, '13'), SECRET, NOW, 'forged'],
    ['another account’s id', replacePart(TOKEN, 1, '1'), SECRET, NOW, 'forged'],
    [
      'a later expiry',
      replacePart(TOKEN, 2, String(GRANT.expiresAt / 1000 + 3600)),
      SECRET,
      NOW,
      'forged',
    ],
    ['a changed signature', replacePart(TOKEN, 3, 'A'.repeat(43)), SECRET, NOW, 'forged'],
    ['a short signature', replacePart(TOKEN, 3, 'abc'), SECRET, NOW, 'forged'],
    ['another server’s secret', TOKEN, 'another-secret', NOW, 'forged'],
    ['the moment it expires', TOKEN, SECRET, GRANT.expiresAt, 'expired'],
    ['a day later', TOKEN, SECRET, NOW + 86_400_000, 'expired'],
    ['an empty token', '', SECRET, NOW, 'malformed'],
    ['three parts', '12.3.1800000000', SECRET, NOW, 'malformed'],
    ['a path in the id', replacePart(TOKEN, 0, '..%2F'), SECRET, NOW, 'malformed'],
    ['a word for a time', replacePart(TOKEN, 2, 'soon'), SECRET, NOW, 'malformed'],
  ])('%s is refused as %s', (_label, token, secret, now, reason) => {
    expect(checkPreviewToken(secret, token, now)).toEqual({ isValid: false, reason })
  })

  test('the token carries ids and an expiry, nothing secret', () => {
    expect(TOKEN).toMatch(/^12\.3\.\d+\.[A-Za-z0-9_-]{43}$/)
    expect(TOKEN).not.toContain(SECRET)
  })

  test('ids that are not URL-safe are refused when signing', () => {
    expect(() => signPreviewToken(SECRET, { ...GRANT, articleId: 'a/b' })).toThrow(/URL-safe/)
  })
})

describe('previewExpiry', () => {
  test.each([
    ['on a step', Date.parse('2026-12-07T10:00:00.000Z'), '2026-12-07T10:30:00.000Z'],
    ['just after a step', Date.parse('2026-12-07T10:00:01.000Z'), '2026-12-07T10:40:00.000Z'],
    ['late in a step', Date.parse('2026-12-07T10:09:59.000Z'), '2026-12-07T10:40:00.000Z'],
  ])('%s', (_label, now, expected) => {
    expect(new Date(previewExpiry(now)).toISOString()).toBe(expected)
  })

  test('a link lives at least its lifetime and at most one step more', () => {
    for (let now = NOW; now < NOW + 2 * PREVIEW_STEP_MS; now += 37_000) {
      const lifetime = previewExpiry(now) - now
      expect(lifetime).toBeGreaterThanOrEqual(PREVIEW_LIFETIME_MS)
      expect(lifetime).toBeLessThanOrEqual(PREVIEW_LIFETIME_MS + PREVIEW_STEP_MS)
    }
  })
})
