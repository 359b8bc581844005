import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from './migrations/postgres/index'
import { migrations as sqliteMigrations } from './migrations/sqlite/index'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

const ACCEPTED_FORMS =
  'file:<path> (SQLite, e.g. file:./data/newsroom.db or file::memory:), ' +
  'postgres://user:password@host:5432/db (or postgresql://), ' +
  'mongodb://host:27017/db (or mongodb+srv://)'

export class DatabaseUrlError extends Error {
  constructor(reason: string) {
    super(`DATABASE_URL ${reason}. Accepted forms: ${ACCEPTED_FORMS}`)
    this.name = 'DatabaseUrlError'
  }
}

const hasHost = (url: string): boolean => {
  try {
    return new URL(url).hostname !== ''
  } catch {
    return false
  }
}

/** Which database a URL names; a malformed or unknown URL is refused, naming the accepted forms. */
export const databaseKind = (url: string): DatabaseKind => {
  const trimmed = url.trim()
  if (trimmed === '') throw new DatabaseUrlError('is empty')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase()
  if (scheme === 'file') {
    if (trimmed.length <= 'file:'.length) throw new DatabaseUrlError(`"${url}" names no file`)
    return 'sqlite'
  }
  if (scheme === 'postgres' || scheme === 'postgresql') {
    if (!hasHost(trimmed)) throw new DatabaseUrlError(`"${redact(url)}" has no host`)
    return 'postgres'
  }
  if (scheme === 'mongodb' || scheme === 'mongodb+srv') {
    if (!hasHost(trimmed)) throw new DatabaseUrlError(`"${redact(url)}" has no host`)
    return 'mongodb'
  }
  throw new DatabaseUrlError(`"${redact(url)}" is not a database URL this CMS knows`)
}

/** Passwords never reach a log line. */
export const redact = (url: string): string => url.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@')

const migrationDir = (dialect: 'postgres' | 'sqlite'): string =>
  path.resolve(process.cwd(), 'src', 'migrations', dialect)

const ensureSqliteFolder = (url: string): void => {
  const file = url.slice('file:'.length)
  if (file.startsWith(':memory:') || file === '') return
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * The one place that picks the adapter. SQL schemas are pushed outside production (fast local
 * work and tests); in production the committed migrations run on start.
 */
export const databaseAdapter = (url: string): DatabaseAdapterObj => {
  switch (databaseKind(url)) {
    case 'sqlite':
      ensureSqliteFolder(url)
      return sqliteAdapter({
        client: { url },
        migrationDir: migrationDir('sqlite'),
        prodMigrations: sqliteMigrations,
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url },
        migrationDir: migrationDir('postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({ url })
  }
}

/**
 * `payload.destroy()` forgets the schema but leaves the SQL connections open (the Postgres pool,
 * the libSQL client), which keeps a process alive. The Postgres adapter also checks one client
 * out at connect and never returns it, so `pool.end()` alone would wait forever: release it first.
 */
export const releaseConnections = async (db: unknown): Promise<void> => {
  type PooledClient = { release?: () => void }
  const handles = db as {
    pool?: { _clients?: PooledClient[]; end: () => Promise<void>; ended?: boolean }
    client?: { close: () => void }
  }
  const pool = handles.pool
  if (pool && !pool.ended) {
    for (const client of pool._clients ?? []) {
      try {
        client.release?.()
      } catch {
        // Already idle: nothing to give back.
      }
    }
    await pool.end()
  }
  handles.client?.close()
}
