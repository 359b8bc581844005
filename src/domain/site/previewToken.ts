import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a preview link works, at least; links are minted in steps so a page's URL stays put. */
export const PREVIEW_LIFETIME_MS = 30 * 60 * 1000
export const PREVIEW_STEP_MS = 10 * 60 * 1000

/** Who may read which story's draft until when: what a preview link's token carries. */
export interface PreviewGrant {
  articleId: string
  /** The staff account that opened the preview; the draft is read with its access. */
  userId: string
  /** Milliseconds since the epoch, a whole second. */
  expiresAt: number
}

export type PreviewCheck =
  | { isValid: true; grant: PreviewGrant }
  | { isValid: false; reason: 'malformed' | 'forged' | 'expired' }

const ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The expiry of a link minted at `now`: at least the lifetime ahead, rounded up to a step. The
 * admin asks for the preview URL after every autosave; in one step it gets the same URL back, so
 * the live-preview frame is not reloaded every few seconds.
 */
export const previewExpiry = (now: number): number =>
  Math.ceil((now + PREVIEW_LIFETIME_MS) / PREVIEW_STEP_MS) * PREVIEW_STEP_MS

// The purpose is signed with the grant, so no other signature made with the secret passes here.
const signature = (secret: string, articleId: string, userId: string, expiresAt: number) =>
  createHmac('sha256', secret)
    .update(`newsroom-preview\n${articleId}\n${userId}\n${expiresAt}`)
    .digest('base64url')

/** `<article id>.<user id>.<expiry in seconds>.<HMAC-SHA256>`: URL-safe, nothing secret in it. */
export const signPreviewToken = (secret: string, grant: PreviewGrant): string => {
  const { articleId, userId, expiresAt } = grant
  if (!ID.test(articleId) || !ID.test(userId)) {
    throw new Error(`preview ids must be URL-safe, got ${articleId} and ${userId}`)
  }
  const seconds = Math.floor(expiresAt / 1000)
  return `${articleId}.${userId}.${seconds}.${signature(secret, articleId, userId, seconds)}`
}

/** The grant a token carries, when its signature holds and it has not expired at `now`. */
export const checkPreviewToken = (secret: string, token: string, now: number): PreviewCheck => {
  const parts = token.split('.')
  if (parts.length !== 4) return { isValid: false, reason: 'malformed' }
  const [articleId = '', userId = '', seconds = '', given = ''] = parts
  if (!ID.test(articleId) || !ID.test(userId) || !/^\d{1,12}$/.test(seconds)) {
    return { isValid: false, reason: 'malformed' }
  }
  const expected = Buffer.from(signature(secret, articleId, userId, Number(seconds)))
  const received = Buffer.from(given)
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
    return { isValid: false, reason: 'forged' }
  }
  const expiresAt = Number(seconds) * 1000
  if (expiresAt <= now) return { isValid: false, reason: 'expired' }
  return { isValid: true, grant: { articleId, userId, expiresAt } }
}
