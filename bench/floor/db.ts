import { createClient } from '@libsql/client'
import pg from 'pg'

export type Row = Record<string, unknown>

/** The one thing the floor needs from a driver: rows for a query with `?` placeholders. */
export interface FloorDb {
  kind: 'postgres' | 'sqlite'
  all: (sql: string, params?: unknown[]) => Promise<Row[]>
  close: () => Promise<void>
}

const toPgPlaceholders = (sql: string): string => {
  let position = 0
  return sql.replace(/\?/g, () => `$${(position += 1)}`)
}

interface SqliteClient {
  execute: (statement: { sql: string; args: never }) => Promise<{ rows: unknown }>
  close: () => void
}

/** A floor over an open libSQL client (also the one Payload's SQLite adapter holds, in tests). */
export const sqliteFloorDb = (client: SqliteClient, isOwned = true): FloorDb => ({
  kind: 'sqlite',
  all: async (sql, params = []) =>
    (await client.execute({ sql, args: params as never })).rows as Row[],
  close: async () => {
    if (isOwned) client.close()
  },
})

/** A floor over a pg pool (also the one Payload's Postgres adapter holds, in tests). */
export const postgresFloorDb = (pool: pg.Pool, isOwned = true): FloorDb => ({
  kind: 'postgres',
  all: async (sql, params = []) => (await pool.query(toPgPlaceholders(sql), params)).rows as Row[],
  close: async () => {
    if (isOwned) await pool.end()
  },
})

/**
 * The same drivers Payload's adapters use: @libsql/client for SQLite, pg for Postgres (a pool
 * of pg's default size, as Payload's adapter gets by default).
 */
export const openFloorDb = (url: string): FloorDb =>
  url.startsWith('file:')
    ? sqliteFloorDb(createClient({ url }) as unknown as SqliteClient)
    : postgresFloorDb(new pg.Pool({ connectionString: url }))
