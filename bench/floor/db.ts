import { createClient } from '@libsql/client'
// The native libSQL binding @libsql/client itself runs on for `file:` URLs (its dependency).
import Database from 'libsql'
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

/**
 * A floor over libSQL's native binding, the engine under @libsql/client, as hand-written code
 * would use it: each statement prepared once and kept, rows read as plain objects. The client's
 * async `execute` prepares the statement again on every call and rebuilds every row (a
 * `defineProperty` per column), which cost the floor most of its time (about 0.3–0.5 ms a query
 * against 0.08 ms here, on a busy 2-core machine).
 */
export const nativeSqliteFloorDb = (file: string): FloorDb => {
  const db = new Database(file, { readonly: true })
  const statements = new Map<string, ReturnType<typeof db.prepare>>()
  const prepared = (sql: string) => {
    let statement = statements.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      statements.set(sql, statement)
    }
    return statement
  }
  return {
    kind: 'sqlite',
    all: async (sql, params = []) => prepared(sql).all(...(params as [object])) as Row[],
    close: async () => {
      db.close()
    },
  }
}

/** One name per statement text, for every floor of the process (two may share one pool). */
const floorStatementNames = new Map<string, string>()
const floorStatementName = (text: string): string => {
  let name = floorStatementNames.get(text)
  if (name === undefined) {
    name = `floor_${floorStatementNames.size + 1}`
    floorStatementNames.set(text, name)
  }
  return name
}

/**
 * A floor over a pg pool (also the one Payload's Postgres adapter holds, in tests), as hand-written
 * code would use it: each statement named, so every connection parses and plans it once, as the
 * CMS's own connections do (src/database/postgres/statementCache.ts).
 */
export const postgresFloorDb = (pool: pg.Pool, isOwned = true): FloorDb => ({
  kind: 'postgres',
  all: async (sql, params = []) => {
    const text = toPgPlaceholders(sql)
    const query =
      params.length > 0 ? { name: floorStatementName(text), text, values: params } : { text }
    return (await pool.query(query)).rows as Row[]
  },
  close: async () => {
    if (isOwned) await pool.end()
  },
})

/**
 * The same drivers Payload's adapters use: libSQL for SQLite (natively, or through
 * @libsql/client with FLOOR_SQLITE=client), pg for Postgres (a pool of pg's default size, as
 * Payload's adapter gets by default).
 */
export const openFloorDb = (url: string): FloorDb => {
  if (!url.startsWith('file:')) return postgresFloorDb(new pg.Pool({ connectionString: url }))
  return process.env.FLOOR_SQLITE === 'client'
    ? sqliteFloorDb(createClient({ url }) as unknown as SqliteClient)
    : nativeSqliteFloorDb(url.slice('file:'.length))
}
