import type pg from 'pg'
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { keepingPostgresClient, statementNames } from '../../src/database/postgres/statementCache'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

/**
 * Payload's repeated statements go to PostgreSQL as named prepared statements
 * (src/database/postgres/statementCache.ts). Every API test on PostgreSQL already runs through
 * them; these check the driver's edges on a real server, with the pg module Payload's adapter
 * uses, and that Payload's own reads are kept.
 */
describeWithDatabase('PostgreSQL keeps the statements Payload repeats', () => {
  let server: TestServer
  let client: null | pg.Client = null
  let tables = 0

  beforeAll(async () => {
    server = await startTestServer()
    if (server.payload.db.name !== 'postgres') return
    const { Client } = (server.payload.db as unknown as { pg: typeof pg }).pg
    const KeepingClient = keepingPostgresClient(Client, statementNames(20))
    client = new KeepingClient({ connectionString: process.env.DATABASE_URL })
    await client.connect()
  })
  afterAll(async () => {
    await client?.end()
    await server?.stop()
  })

  /** The driver under test, and a table of its own for this test. */
  const deskOf = async (context: { skip: (note?: string) => void }) => {
    if (!client) context.skip('PostgreSQL only: the other databases have no pg driver')
    const table = `desk_people_${(tables += 1)}`
    await client!.query(`CREATE TABLE ${table} (id serial PRIMARY KEY, name text UNIQUE NOT NULL)`)
    return { connection: client!, table }
  }

  const preparedTexts = async (connection: pg.Client): Promise<string[]> =>
    (await connection.query('SELECT statement FROM pg_prepared_statements ORDER BY name')).rows.map(
      (row: { statement: string }) => row.statement,
    )

  test('a statement sent twice is prepared once and answers each run with its own parameters', async (context) => {
    const { connection, table } = await deskOf(context)
    const insert = `INSERT INTO ${table} (name) VALUES ($1) RETURNING id, name`
    for (const name of ['Sergey Lavrov', 'Anders Fogh Rasmussen', 'Dmitry Rogozin']) {
      const { rows } = await connection.query({ text: insert, values: [name] })
      expect(rows[0].name).toBe(name)
    }
    const byName = `SELECT id FROM ${table} WHERE name = $1`
    const ids = []
    for (const name of ['NATO', 'Dmitry Rogozin', 'Sergey Lavrov']) {
      ids.push((await connection.query(byName, [name])).rows.map((row) => row.id))
    }
    expect(ids).toEqual([[], [3], [1]])
    expect(await preparedTexts(connection)).toEqual(expect.arrayContaining([insert, byName]))
  })

  test('a run that fails as it is first prepared leaves the statement usable and nothing written', async (context) => {
    const { connection, table } = await deskOf(context)
    const insert = `INSERT INTO ${table} (name) VALUES ($1) RETURNING name`
    await connection.query(insert, ['NATO'])
    // The second send is the first one named: prepared, then refused by the unique index.
    await expect(connection.query(insert, ['NATO'])).rejects.toThrow(/unique/)
    expect(await preparedTexts(connection)).toContain(insert)
    await connection.query('BEGIN')
    await expect(connection.query(insert, ['NATO'])).rejects.toThrow(/unique/)
    await connection.query('ROLLBACK')
    expect((await connection.query(insert, ['Russia'])).rows).toEqual([{ name: 'Russia' }])
    const { rows } = await connection.query(`SELECT name FROM ${table} ORDER BY id`)
    expect(rows.map((row) => row.name)).toEqual(['NATO', 'Russia'])
  })

  test('statements without values are never named: a migration may send several at once', async (context) => {
    const { connection, table } = await deskOf(context)
    const migration = `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS wikidata_id text; CREATE INDEX IF NOT EXISTS ${table}_wikidata ON ${table} (wikidata_id)`
    // Named, the second send would fail: a prepared statement holds one command only.
    for (let run = 0; run < 3; run += 1) await connection.query({ text: migration })
    expect(await preparedTexts(connection)).not.toContain(migration)
  })

  test('a kept statement reads the table as it now is after columns and indexes are added', async (context) => {
    const { connection, table } = await deskOf(context)
    await connection.query(`INSERT INTO ${table} (name) VALUES ('Sergey Lavrov')`)
    const byId = `SELECT id, name FROM ${table} WHERE id = $1`
    for (let run = 0; run < 7; run += 1) await connection.query(byId, [1])
    await connection.query(`CREATE INDEX ${table}_name_idx ON ${table} (name)`)
    await connection.query(`ALTER TABLE ${table} ADD COLUMN wikidata_id text DEFAULT 'Q11960'`)
    expect((await connection.query(byId, [1])).rows).toEqual([{ id: 1, name: 'Sergey Lavrov' }])
  })

  test('a column whose type changes fails its kept statement once; the connection then sends it unnamed', async (context) => {
    const { connection, table } = await deskOf(context)
    await connection.query(`INSERT INTO ${table} (name) VALUES ('Sergey Lavrov')`)
    const byId = `SELECT id, name FROM ${table} WHERE id = $1`
    for (let run = 0; run < 3; run += 1) await connection.query(byId, [1])
    expect(await preparedTexts(connection)).toContain(byId)
    await connection.query(`ALTER TABLE ${table} ALTER COLUMN name TYPE varchar(200)`)
    await expect(connection.query(byId, [1])).rejects.toThrow(
      /cached plan must not change result type/,
    )
    for (let run = 0; run < 3; run += 1) {
      expect((await connection.query(byId, [1])).rows).toEqual([{ id: 1, name: 'Sergey Lavrov' }])
    }
  })

  test("Payload's repeated reads are prepared on the connection that ran them", async (context) => {
    if (!client) context.skip('PostgreSQL only: the other databases have no pg driver')
    const { payload } = server
    const section = await payload.create({
      collection: 'sections',
      data: { name: 'Missile defence' },
    })
    // One transaction keeps one connection, so its prepared statements can be listed after.
    const transactionID = (await payload.db.beginTransaction()) as string
    const req = { payload, transactionID } as unknown as PayloadRequest
    try {
      for (let run = 0; run < 3; run += 1) {
        const found = await payload.findByID({ collection: 'sections', id: section.id, req })
        expect(found.name).toBe('Missile defence')
      }
      type Session = {
        db: {
          execute: (query: unknown) => Promise<{ rows: Array<{ name: string; statement: string }> }>
        }
      }
      const session = (payload.db as unknown as { sessions: Record<string, Session> }).sessions[
        transactionID
      ]!
      const { rows } = await session.db.execute(
        sql`SELECT name, statement FROM pg_prepared_statements`,
      )
      const sectionReads = rows.filter((row) => /^select .* from "sections"/i.test(row.statement))
      expect(sectionReads.length, rows.map((row) => row.statement).join('\n')).toBe(1)
      expect(sectionReads[0]!.name).toMatch(/^newsroom_\d+$/)
    } finally {
      await payload.db.rollbackTransaction(transactionID)
    }
  })
})
