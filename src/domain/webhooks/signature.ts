import { createHmac } from 'node:crypto'

/** The header a delivery's signature is sent in (docs/webhooks.md). */
export const SIGNATURE_HEADER = 'Newsroom-Signature'

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the timestamp is signed with the body,
 * so a receiver that refuses old timestamps cannot be sent a recorded delivery again.
 */
export const signatureHeader = (secret: string, timestamp: number, body: string): string => {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `t=${timestamp},v1=${mac}`
}
