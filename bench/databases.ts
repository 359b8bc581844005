import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { redact } from '../src/database/url'
import type { BenchDatabase } from './options'

/** Git-ignored: corpora, their stamps and the generated secret live here between runs. */
export const DATA_DIR = path.join('bench', '.data')

export interface BenchDatabaseHandle {
  kind: BenchDatabase
  url: string
  label: string
  stampFile: string
  reset: () => Promise<void>
}

const withDatabase = (serverUrl: string, name: string): string => {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** Drops and creates a database on the server `serverUrl` points at (never the one it names). */
const recreatePostgres = async (serverUrl: string, name: string): Promise<void> => {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
}

const removeSqlite = (file: string): void => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
}

/** Where a corpus of `articles` lives for one database kind (`purpose` keeps others apart). */
export const benchDatabase = (
  kind: BenchDatabase,
  purpose: string,
  postgresUrl: null | string,
): BenchDatabaseHandle => {
  mkdirSync(DATA_DIR, { recursive: true })
  const stampFile = path.join(DATA_DIR, `${kind}-${purpose}.json`)
  if (kind === 'sqlite') {
    const file = path.join(DATA_DIR, `${purpose}.db`)
    return {
      kind,
      url: `file:${file}`,
      label: `SQLite file ${file}`,
      stampFile,
      reset: async () => {
        removeSqlite(file)
        rmSync(stampFile, { force: true })
      },
    }
  }
  if (!postgresUrl) throw new Error('no Postgres URL')
  const name = `newsroom_bench_${purpose.replace(/[^a-z0-9_]/gi, '_')}`
  const url = withDatabase(postgresUrl, name)
  return {
    kind,
    url,
    label: `PostgreSQL ${redact(url)}`,
    stampFile,
    reset: async () => {
      await recreatePostgres(postgresUrl, name)
      rmSync(stampFile, { force: true })
    },
  }
}

/** The committed migrations of a dialect, by name, in order. */
export const migrationNames = (kind: BenchDatabase): string[] =>
  readdirSync(path.join('src', 'migrations', kind))
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.replace(/\.ts$/, ''))
    .sort()
