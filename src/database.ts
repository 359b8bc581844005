import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { AfterErrorHook, DatabaseAdapterObj, Payload } from 'payload'

import { withSchemaPath } from './database/schemaPath'
import { migrations as postgresMigrations } from './migrations/postgres/index'
import { withKeptStatements } from './performance/postgresStatementCache'
import { keepSqliteStatements } from './performance/sqliteStatementCache'
import { postgresVersionHistoryIndex } from './performance/versionHistoryIndex'
import { withCommitsThatFailLoudly } from './postgresTransactions'
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

const isMemoryUrl = (url: string): boolean => url.slice('file:'.length).startsWith(':memory:')

/**
 * A SQLite file runs in WAL mode: readers never wait for a writer, and a commit appends to the
 * log instead of rewriting pages through a rollback journal. libSQL runs statements synchronously
 * on the server's one thread, so every fsync a save makes stalls every reader; with
 * synchronous=NORMAL a commit does not fsync (the log is synced at checkpoints), which survives a
 * crash of the process but may lose the last commits on a power cut. The busy timeout lets a
 * second process (the importer beside a running server) wait for the write lock instead of
 * failing at once. An in-memory database has no file to log to.
 */
const sqliteFileSettings = (url: string) =>
  isMemoryUrl(url) ? {} : { wal: { synchronous: 'NORMAL' as const }, busyTimeout: 5000 }

interface AdapterOptions {
  /** PostgreSQL: send repeated statements as named prepared statements (settings.ts). */
  preparedStatements: boolean
}

/**
 * The one place that picks the adapter. Every command runs the committed SQL migrations on
 * connect; only `npm run dev` pushes the schema (see database/schemaPath.ts).
 */
export const databaseAdapter = (
  url: string,
  { preparedStatements }: AdapterOptions,
): DatabaseAdapterObj => {
  switch (databaseKind(url)) {
    case 'sqlite':
      ensureSqliteFolder(url)
      keepSqliteStatements()
      return withSchemaPath(
        sqliteAdapter({
          client: { url },
          ...sqliteFileSettings(url),
          migrationDir: migrationDir('sqlite'),
          prodMigrations: sqliteMigrations,
        }),
        sqliteMigrations,
      )
    case 'postgres': {
      const adapter = withCommitsThatFailLoudly(
        withSchemaPath(
          postgresAdapter({
            pool: { connectionString: url },
            migrationDir: migrationDir('postgres'),
            prodMigrations: postgresMigrations,
            afterSchemaInit: [postgresVersionHistoryIndex],
          }),
          postgresMigrations,
        ),
      )
      return preparedStatements ? withKeptStatements(adapter) : adapter
    }
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

// Connection-level failures: the server is down, restarting or unreachable. Not query errors.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
])
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error and is not queryable|cannot begin transaction|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect/i

/** True when `error` (or anything in its `cause` chain) says the database cannot be reached. */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    const { code, message, cause } = current as {
      code?: unknown
      message?: unknown
      cause?: unknown
    }
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true
    current = cause
  }
  return false
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable right now, so this request could not be completed. ' +
  'Reload and try again in a moment; a change that failed was not applied in part.'

/**
 * Payload answers any database failure with 500 "Something went wrong."; an outage is a 503 a
 * client can retry, said in words. (The pool itself reconnects: see test/faults/databaseOutage.)
 */
export const databaseUnavailableAfterError: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isDatabaseUnavailable(error)) return
  if (graphqlResult)
    return { graphqlResult: { ...graphqlResult, message: DATABASE_UNAVAILABLE_MESSAGE } }
  return { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
}

type ErrorListener = (error: Error) => void
interface EmitsErrors {
  on: (event: 'error', listener: ErrorListener) => unknown
}
interface ObservedPool {
  _clients?: EmitsErrors[]
  on: ((event: 'error', listener: ErrorListener) => unknown) &
    ((event: 'connect', listener: (client: EmitsErrors) => void) => unknown)
}

/**
 * When PostgreSQL goes away, every idle pooled client and every client held by an open
 * transaction emits 'error'. Payload listens only on the one client it checks out at connect, and
 * an 'error' nobody listens to is an uncaught exception: the whole server would die with the
 * database instead of answering 503 until it is back. So listen, and log: the pool drops dead
 * clients by itself and the next request opens a fresh connection.
 */
export const surviveDatabaseOutages = (payload: Payload): void => {
  const pool = (payload.db as { pool?: ObservedPool }).pool
  if (!pool || typeof pool.on !== 'function') return
  const report: ErrorListener = (error) =>
    payload.logger.warn(`Lost a database connection: ${error.message}`)
  pool.on('error', report)
  pool.on('connect', (client) => client.on('error', report))
  for (const client of pool._clients ?? []) client.on('error', report)
}
