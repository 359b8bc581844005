import { randomBytes } from 'node:crypto'

import pg from 'pg'
import { inject } from 'vitest'

export interface TestDatabase {
  url: string
  drop: () => Promise<void>
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
    return {
      url: url.toString(),
      drop: async () => {
        const cleaner = new pg.Client({ connectionString: adminUrl })
        await cleaner.connect()
        await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await cleaner.end()
      },
    }
  }
  throw new Error(`Unknown TEST_DATABASE "${kind}"`)
}

/** Why this project's integration tests cannot run here, or '' when they can. */
export const skipReason = (): string => inject('skipReason')
