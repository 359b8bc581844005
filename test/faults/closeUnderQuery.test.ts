import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { releaseConnections } from '../../src/database/connections'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

interface PostgresHandles {
  name: string
  drizzle: { execute: (query: unknown) => Promise<{ rows: Array<Record<string, unknown>> }> }
  pool: { ended: boolean; _clients: Array<{ _activeQuery?: { text?: string } | null }> }
}

/**
 * Shutdown gives back the client the Postgres adapter keeps, but a client still running a query
 * is its query's to give back: handing it back under the query ended the query and made pg-pool
 * throw a double release from the query's callback, where nothing catches it (CI saw exactly that).
 */
describeWithDatabase('closing the connections while a query still runs', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => server?.stop().catch(() => {}))

  test('the query gets its answer, then the pool ends', async (context) => {
    const db = server.payload.db as unknown as PostgresHandles
    if (db.name !== 'postgres') context.skip(`${db.name} keeps no pool of clients to give back`)

    // Drizzle's query is lazy: it starts when awaited, so it is awaited in a promise of its own.
    const running = (async () => db.drizzle.execute(sql`SELECT pg_sleep(0.5), 42 AS answer`))()
    const isSleeping = () =>
      db.pool._clients.some((client) => client._activeQuery?.text?.includes('pg_sleep'))
    await expect.poll(isSleeping).toBe(true)
    await releaseConnections(db)

    expect((await running).rows[0]?.answer).toBe(42)
    expect(db.pool.ended).toBe(true)
  })
})
