/**
 * Brings a bench database's schema up to the current config (indexes, columns) the way
 * `npm run dev` does, by a Drizzle push, then removes the push's marker so the production server
 * still starts on it without asking. A change under test shows in the numbers before its
 * migration is written; a new migration rebuilds the corpus instead (see the corpus stamp).
 */
import { runWithPayload } from '../withPayload'

if (process.env.NODE_ENV === 'production') {
  console.error('Schema push: the push runs outside production')
  process.exit(1)
}

runWithPayload('Schema push', async (payload) => {
  const db = payload.db as unknown as {
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  }
  await db.execute({
    drizzle: db.drizzle,
    raw: `DELETE FROM payload_migrations WHERE batch = -1`,
  })
})
