import pg from 'pg'
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { keepingPostgresClient, statementNames } from '../../src/performance/postgresStatementCache'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

/**
 * Payload's repeated statements go to PostgreSQL as named prepared statements
 * (src/performance/postgresStatementCache.ts). Every API test on PostgreSQL already runs through
 * them; these check the driver's edges on a real server, and that Payload's own reads are kept.
 */
describeWithDatabase('PostgreSQL keeps the statements Payload repeats', () => {
  let server: TestServer
  let client: null | pg.Client = null

  beforeAll(async () => {
    server = await startTestServer()
    if (server.payload.db.name !== 'postgres') return
    const KeepingClient = keepingPostgresClient(pg.Client, statementNames(3))
    client = new KeepingClient({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    await client.query(
      'CREATE TABLE desk_people (id serial PRIMARY KEY, name text UNIQUE NOT NULL)',
    )
  })
  afterAll(async () => {
    await client?.end()
    await server?.stop()
  })

  const onPostgres = (context: { skip: (note?: string) => void }): pg.Client => {
    if (!client) context.skip('PostgreSQL only: the other databases have no pg driver')
    return client!
  }

  const preparedTexts = async (connection: pg.Client): Promise<string[]> =>
    (await connection.query('SELECT statement FROM pg_prepared_statements ORDER BY name')).rows.map(
      (row: { statement: string }) => row.statement,
    )

  test('a statement sent twice is prepared once and answers each run with its own parameters', async (context) => {
    const connection = onPostgres(context)
    const insert = 'INSERT INTO desk_people (name) VALUES ($1) RETURNING id, name'
    for (const name of ['Sergey Lavrov', 'Anders Fogh Rasmussen', 'Dmitry Rogozin']) {
      const { rows } = await connection.query({ text: insert, values: [name] })
      expect(rows[0].name).toBe(name)
    }
    expect(await preparedTexts(connection)).toEqual([insert])
    const byName = 'SELECT id FROM desk_people WHERE name = $1'
    const ids = []
    for (const name of ['NATO', 'Dmitry Rogozin', 'Sergey Lavrov']) {
      ids.push((await connection.query(byName, [name])).rows.map((row) => row.id))
    }
    expect(ids).toEqual([[], [3], [1]])
    expect(await preparedTexts(connection)).toEqual([insert, byName])
  })

  test('a run that fails leaves the prepared statement usable and nothing written', async (context) => {
    const connection = onPostgres(context)
    const insert = 'INSERT INTO desk_people (name) VALUES ($1) RETURNING id, name'
    await expect(connection.query({ text: insert, values: ['NATO'] })).resolves.toBeTruthy()
    await expect(connection.query({ text: insert, values: ['NATO'] })).rejects.toThrow(/unique/)
    await connection.query('BEGIN')
    await expect(connection.query({ text: insert, values: ['NATO'] })).rejects.toThrow(/unique/)
    await connection.query('ROLLBACK')
    const { rows } = await connection.query({ text: insert, values: ['Russia'] })
    expect(rows[0].name).toBe('Russia')
    const names = await connection.query(
      'SELECT count(*)::int AS n FROM desk_people WHERE name = $1',
      ['NATO'],
    )
    expect(names.rows[0].n).toBe(1)
  })

  test('statements without parameters go unnamed, so a migration may send several at once', async (context) => {
    const connection = onPostgres(context)
    const before = await preparedTexts(connection)
    const migration = 'CREATE TABLE desk_a (id int); CREATE TABLE desk_b (id int)'
    await connection.query({ text: migration })
    await connection.query({
      text: migration.replaceAll('CREATE', 'DROP').replaceAll(' (id int)', ''),
    })
    expect(await preparedTexts(connection)).toEqual(before)
  })

  test('a statement kept across a schema change reads the table as it now is', async (context) => {
    const connection = onPostgres(context)
    const byId = 'SELECT id, name FROM desk_people WHERE id = $1'
    for (let run = 0; run < 7; run += 1) await connection.query(byId, [1])
    await connection.query('CREATE INDEX desk_people_name_idx ON desk_people (name)')
    await connection.query("ALTER TABLE desk_people ADD COLUMN wikidata_id text DEFAULT 'Q11960'")
    expect((await connection.query(byId, [1])).rows).toEqual([{ id: 1, name: 'Sergey Lavrov' }])
  })

  test("Payload's repeated reads are prepared on the connection that ran them", async (context) => {
    onPostgres(context)
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
      const session = (
        payload.db as unknown as {
          sessions: Record<
            string,
            {
              db: {
                execute: (
                  query: unknown,
                ) => Promise<{ rows: Array<{ name: string; statement: string }> }>
              }
            }
          >
        }
      ).sessions[transactionID]!
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
