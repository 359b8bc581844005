import { randomBytes } from 'node:crypto'

import pg from 'pg'
import { inject } from 'vitest'

export interface TestDatabase {
  url: string
  drop: () => Promise<void>
  /**
   * The database server stops serving this database, as in an outage: open connections are cut
   * and new ones refused. Absent where no server stands outside the process (SQLite in memory).
   */
  cutOff?: () => Promise<void>
}

const uniqueName = () => `newsroom_test_${process.pid}_${randomBytes(3).toString('hex')}`

/** Each test file gets an empty database of its own, so files can run side by side. */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const kind = process.env.TEST_DATABASE
  if (kind === 'sqlite') return { url: 'file::memory:', drop: async () => {} }

  if (kind === 'mongodb') {
    const base = new URL(inject('mongoUrl'))
    base.pathname = `/${uniqueName()}`
    return { url: base.toString(), drop: async () => {} }
  }

  if (kind === 'postgres') {
    const adminUrl = process.env.TEST_POSTGRES_URL
    if (!adminUrl) throw new Error('TEST_POSTGRES_URL is not set')
    const name = uniqueName()
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(adminUrl)
    url.pathname = `/${name}`
    const asAdmin = async (...statements: string[]) => {
      const admin = new pg.Client({ connectionString: adminUrl })
      await admin.connect()
      try {
        for (const statement of statements) await admin.query(statement)
      } finally {
        await admin.end()
      }
    }
    return {
      url: url.toString(),
      drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      cutOff: () =>
        asAdmin(
          `ALTER DATABASE ${name} ALLOW_CONNECTIONS false`,
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`,
        ),
    }
  }
  throw new Error(`Unknown TEST_DATABASE "${kind}"`)
}

/** Why this project's integration tests cannot run here, or '' when they can. */
export const skipReason = (): string => inject('skipReason')
