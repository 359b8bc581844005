import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { SqlExecutor } from '../deliveryStore'

type SQL = ReturnType<typeof sql.raw>

interface Executes {
  execute: (query: SQL) => Promise<{ rows?: Record<string, unknown>[] }>
}

interface PostgresHandles {
  name?: string
  drizzle?: Executes
  sessions?: Record<string, { db: Executes }>
}

/** `a = ? AND b = ?` with its values, as one parameterised drizzle statement. */
const statement = (text: string, params: unknown[]): SQL => {
  const parts = text.split('?')
  let query = sql.raw(parts[0] ?? '')
  parts.slice(1).forEach((part, index) => {
    query = sql`${query}${params[index] ?? null}${sql.raw(part)}`
  })
  return query
}

/**
 * The read model's statements on PostgreSQL: in the transaction Payload opened for a write when
 * `req` has one (a mark commits or rolls back with the change), else on the pool.
 */
export const postgresDeliveryExecutor = (payload: Payload): null | SqlExecutor => {
  const db = payload.db as unknown as PostgresHandles
  if (db.name !== 'postgres' || !db.drizzle) return null
  const pool = db.drizzle
  const sessionOf = async (req?: PayloadRequest): Promise<Executes> => {
    const id = req?.transactionID ? String(await req.transactionID) : null
    return (id && db.sessions?.[id]?.db) || pool
  }
  return {
    run: async (text, params, req) => {
      const result = await (await sessionOf(req)).execute(statement(text, params))
      return result.rows ?? []
    },
    isTrue: 'true',
    isFalse: 'false',
    byIndex: () => '',
    upsertStale:
      'INSERT INTO delivery_stories (story_id, is_stale, stale_token) VALUES (?, true, ?) ON CONFLICT (story_id) DO UPDATE SET is_stale = true, stale_token = excluded.stale_token',
  }
}
