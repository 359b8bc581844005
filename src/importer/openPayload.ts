import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { releaseConnections } from '../database/connections'
import { ensureSecret } from '../settings'

/** Payload for a command-line tool, with the same secret and database `npm start` uses. */
export const openPayload = async (): Promise<{ payload: Payload; close: () => Promise<void> }> => {
  process.env.PAYLOAD_SECRET = ensureSecret().secret
  // Imported only now: the config reads the secret when it loads.
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    close: async () => {
      await payload.destroy()
      await releaseConnections(payload.db)
    },
  }
}
