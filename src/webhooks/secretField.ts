import { randomBytes } from 'node:crypto'

import type { TextField } from 'payload'

/** What a stored secret reads as: its last four characters behind this. */
const MASK = '••••••••'
const MIN_LENGTH = 24
const MAX_LENGTH = 256
/** The request context key under which the delivery job reads the secret whole. */
export const REVEAL_SECRET = 'revealWebhookSecret'

const isMasked = (value: unknown): boolean => typeof value === 'string' && value.startsWith(MASK)

/**
 * The secret deliveries are signed with. An admin sets it (a strong one is filled in for a new
 * endpoint) and copies it to the receiver; after that it is never read back in full, through the
 * API or the admin: it reads as `••••••••` and its last four characters. Saving the form with the
 * masked value keeps the stored secret; typing a new one replaces it.
 */
export const secretField: TextField = {
  name: 'secret',
  type: 'text',
  required: true,
  defaultValue: () => randomBytes(24).toString('base64url'),
  admin: {
    description:
      'Copy it to the receiver now: once saved it is shown masked. Type a new one to replace it.',
  },
  validate: (value: null | string | undefined) => {
    if (isMasked(value)) return true
    if (typeof value !== 'string' || value.length < MIN_LENGTH) {
      return `The secret needs at least ${MIN_LENGTH} characters`
    }
    return value.length <= MAX_LENGTH || `The secret has at most ${MAX_LENGTH} characters`
  },
  hooks: {
    beforeChange: [
      async ({ collection, originalDoc, req, value }) => {
        const id = (originalDoc as undefined | { id?: number | string })?.id
        if (!isMasked(value) || id === undefined || !collection) return value
        // Payload's originalDoc was read through afterRead, masked: keep the stored secret.
        const stored = await req.payload.db.findOne<{ id: number | string; secret?: string }>({
          collection: collection.slug,
          where: { id: { equals: id } },
          req,
        })
        return stored?.secret
      },
    ],
    afterRead: [
      ({ value, req }) =>
        typeof value === 'string' && req.context[REVEAL_SECRET] !== true
          ? `${MASK}${value.slice(-4)}`
          : value,
    ],
  },
}
