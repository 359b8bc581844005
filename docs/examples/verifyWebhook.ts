import { createHmac, timingSafeEqual } from 'node:crypto'

/** How old a delivery may be, in seconds: a recorded one sent again later is refused. */
const TOLERANCE_SECONDS = 300

/**
 * Whether a webhook delivery came from the newsroom: the `Newsroom-Signature` header
 * (`t=<unix seconds>,v1=<hex>`) is the HMAC-SHA256, keyed with the endpoint's secret, of the
 * timestamp, a dot and the raw request body, and the timestamp is recent. Pass the body exactly
 * as received (the bytes as text), never JSON parsed and serialised again.
 */
export const verifyWebhook = (
  secret: string,
  signature: string | undefined,
  rawBody: string,
  nowMs = Date.now(),
): boolean => {
  const parts = new Map(
    (signature ?? '').split(',').map((part) => {
      const at = part.indexOf('=')
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const
    }),
  )
  const timestamp = Number(parts.get('t'))
  if (!Number.isInteger(timestamp) || Math.abs(nowMs / 1000 - timestamp) > TOLERANCE_SECONDS) {
    return false
  }
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest()
  const given = Buffer.from(parts.get('v1') ?? '', 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
