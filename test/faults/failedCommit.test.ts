import { sql } from '@payloadcms/db-postgres'
import pg from 'pg'
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { TestContext } from 'vitest'

import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

interface Sessions {
  sessions: Record<string, { db: { execute: (query: unknown) => Promise<{ rows: unknown[] }> } }>
}

/**
 * The database connection dies between a write's last statement and its COMMIT: the write must
 * be reported as failed, never as saved (Payload's own adapter answered as if it had committed).
 */
describeWithDatabase('a commit that the database never makes', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => {
    await server?.stop()
  })

  /** A tag created inside a transaction of its own, not yet committed. */
  const tagInTransaction = async (context: TestContext, name: string) => {
    const { payload } = server
    if (payload.db.name !== 'postgres') {
      context.skip(`${payload.db.name} does not run this write in a transaction of its own`)
    }
    const id = String(await payload.db.beginTransaction())
    const req = { transactionID: id } as unknown as PayloadRequest
    const tag = await payload.create({
      collection: 'tags',
      data: { name } as never,
      overrideAccess: true,
      req,
    })
    return { id, tag }
  }

  test('is an error for the write, and nothing of the write is kept', async (context) => {
    const { payload } = server
    const { id, tag } = await tagInTransaction(context, 'A tag whose commit never happens')
    // Ends the transaction's own connection, as a database restart would, before the commit.
    const session = (payload.db as unknown as Sessions).sessions[id]!
    const { rows } = await session.db.execute(sql`select pg_backend_pid() as pid`)
    const { pid } = rows[0] as { pid: number }
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await admin.connect()
    try {
      await admin.query('select pg_terminate_backend($1)', [pid])
    } finally {
      await admin.end()
    }

    await expect(payload.db.commitTransaction(id)).rejects.toThrow()
    const found = await payload.find({
      collection: 'tags',
      where: { id: { equals: tag.id } },
      overrideAccess: true,
    })
    expect(found.docs).toEqual([])
  })

  test('a commit that happens still resolves, and the write is kept', async (context) => {
    const { payload } = server
    const { id, tag } = await tagInTransaction(context, 'A tag that is committed')
    await payload.db.commitTransaction(id)
    const found = await payload.findByID({ collection: 'tags', id: tag.id, overrideAccess: true })
    expect(found.name).toBe('A tag that is committed')
  })
})
