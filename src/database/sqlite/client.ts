import type { Payload } from 'payload'

/** What this project asks of the libSQL client Payload's SQLite adapter keeps on `payload.db`. */
export interface SqliteClient {
  execute: (sql: string) => Promise<{ rows: unknown[] }>
}

/**
 * The SQLite adapter's one client, or null on any other database. Payload does not type it: the
 * adapter keeps it as `client` on its own object.
 */
export const sqliteClient = (payload: Payload): null | SqliteClient => {
  const db = payload.db as { name?: string; client?: Partial<SqliteClient> }
  return db.name === 'sqlite' && typeof db.client?.execute === 'function'
    ? (db.client as SqliteClient)
    : null
}
