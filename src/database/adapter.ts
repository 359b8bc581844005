import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../migrations/sqlite/index'
import { mongodbAdapter } from './mongodb/adapter'
import { withCommitsThatFailLoudly } from './postgres/commits'
import { withKeptStatements } from './postgres/statementCache'
import { postgresSearchVector } from './postgres/searchIndex'
import { postgresVersionHistoryIndex } from './postgres/versionHistoryIndex'
import { withSchemaPath } from './schemaPath'
import { withIndexesCreatedOnce } from './sqlite/push'
import { withSearchIndexOutOfPush } from './sqlite/searchIndex'
import { keepSqliteStatements } from './sqlite/statementCache'
import { databaseKind } from './url'

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
 * connect; only `npm run dev` pushes the schema (see schemaPath.ts).
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
        withIndexesCreatedOnce(
          withSearchIndexOutOfPush(
            sqliteAdapter({
              client: { url },
              ...sqliteFileSettings(url),
              migrationDir: migrationDir('sqlite'),
              prodMigrations: sqliteMigrations,
            }),
          ),
        ),
        sqliteMigrations,
      )
    case 'postgres': {
      const adapter = withCommitsThatFailLoudly(
        withSchemaPath(
          postgresAdapter({
            pool: { connectionString: url },
            migrationDir: migrationDir('postgres'),
            prodMigrations: postgresMigrations,
            afterSchemaInit: [postgresVersionHistoryIndex, postgresSearchVector],
          }),
          postgresMigrations,
        ),
      )
      return preparedStatements ? withKeptStatements(adapter) : adapter
    }
    case 'mongodb':
      return mongodbAdapter(url)
  }
}
