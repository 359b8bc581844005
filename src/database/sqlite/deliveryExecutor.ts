import type { Payload } from 'payload'

import type { SqlExecutor } from '../deliveryStore'

interface LibsqlClient {
  execute: (statement: { sql: string; args: unknown[] }) => Promise<{ rows: unknown[] }>
}

/**
 * The read model's statements on SQLite, through the adapter's one libSQL client: Payload writes
 * SQLite without transactions, on that same connection, so a mark made during a write is in
 * whatever transaction that connection has open (src/database/transaction.ts).
 */
export const sqliteDeliveryExecutor = (payload: Payload): null | SqlExecutor => {
  const db = payload.db as { name?: string; client?: Partial<LibsqlClient> }
  if (db.name !== 'sqlite' || typeof db.client?.execute !== 'function') return null
  const client = db.client as LibsqlClient
  return {
    run: async (text, params) => {
      const { rows } = await client.execute({
        sql: text,
        // libSQL binds numbers, strings and null; an id may arrive as either.
        args: params.map((value) => (value === undefined ? null : value)),
      })
      return rows as Record<string, unknown>[]
    },
    isTrue: '1',
    isFalse: '0',
    byIndex: (index) => `INDEXED BY ${index}`,
    upsertStale:
      'INSERT INTO delivery_stories (story_id, is_stale, stale_token) VALUES (?, 1, ?) ON CONFLICT (story_id) DO UPDATE SET is_stale = 1, stale_token = excluded.stale_token',
  }
}
