/**
 * Brings a bench database's schema up to the current config (indexes, columns) the way
 * `npm run dev` does, by a Drizzle push, then removes the push's marker so the production server
 * still starts on it without asking. A change under test shows in the numbers before its
 * migration is written; a new migration rebuilds the corpus instead (see the corpus stamp).
 */
import { getPayload } from 'payload'

import { releaseConnections } from '../../src/database'

const main = async (): Promise<void> => {
  if (process.env.NODE_ENV === 'production') throw new Error('the push runs outside production')
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  try {
    const db = payload.db as unknown as {
      drizzle: unknown
      execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
    }
    await db.execute({
      drizzle: db.drizzle,
      raw: `DELETE FROM payload_migrations WHERE batch = -1`,
    })
  } finally {
    await payload.destroy()
    await releaseConnections(payload.db)
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Schema push: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
