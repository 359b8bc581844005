import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { releaseConnections } from '../src/database/connections'

/**
 * Runs a bench step's work on a Payload of its own (the database DATABASE_URL names), closes it,
 * and ends the process: 0 when the work is done, 1 with the reason under `label` when it failed.
 */
export const runWithPayload = (label: string, work: (payload: Payload) => Promise<void>): void => {
  const run = async () => {
    const { default: config } = await import('../src/payload.config')
    const payload = await getPayload({ config })
    try {
      await work(payload)
    } finally {
      await payload.destroy()
      await releaseConnections(payload.db)
    }
  }
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`${label}: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
