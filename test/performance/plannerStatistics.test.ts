import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'

import { richTextFromParagraphs } from '../../src/domain/richText'
import type { Article } from '../../src/payload-types'
import type { PayloadRequest } from 'payload'

import { sqlDeliveryStore } from '../../src/database/deliveryStore'
import type { SqlExecutor } from '../../src/database/deliveryStore'
import { sqlSearchStore } from '../../src/database/searchStore'
import { postgresSearchDialect } from '../../src/database/postgres/searchIndex'
import { sqliteSearchDialect } from '../../src/database/sqlite/searchIndex'
import { postgresDeliveryExecutor } from '../../src/database/postgres/deliveryExecutor'
import { sqliteDeliveryExecutor } from '../../src/database/sqlite/deliveryExecutor'
import { refreshPlannerStatistics } from '../../src/database/sqlite/plannerStatistics'
import { deliveryRendererOf } from '../../src/readCache/delivery/renderer'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

type SqlClient = {
  execute: (
    statement: string | { sql: string; args: unknown[] },
  ) => Promise<{ rows: Array<Record<string, unknown>> }>
}
type PgClient = {
  query: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }>
  release: () => void
}
type PgPool = { connect: () => Promise<PgClient> }

/**
 * A store's `run` that only records each statement with its values written in, for EXPLAIN: the
 * plan is the point, and nothing is read or changed.
 */
const recordedIn =
  (sent: string[]): SqlExecutor['run'] =>
  async (text, params) => {
    let index = 0
    sent.push(text.replace(/\?/g, () => `'${String(params[index++])}'`))
    return []
  }

/**
 * The plan the database picks for a statement, as text. PostgreSQL is told to avoid whole-table
 * scans: on a test database of a few rows it would scan anyway, whatever the indexes.
 */
const planOf = async (server: TestServer, statement: string): Promise<null | string> => {
  const db = server.payload.db as unknown as { client?: SqlClient; pool?: PgPool }
  if (server.payload.db.name === 'sqlite') {
    const { rows } = await db.client!.execute(`EXPLAIN QUERY PLAN ${statement}`)
    return rows.map((row) => String(row.detail)).join('\n')
  }
  if (server.payload.db.name !== 'postgres') return null
  const connection = await db.pool!.connect()
  try {
    await connection.query('SET enable_seqscan = off')
    const { rows } = await connection.query(`EXPLAIN ${statement}`)
    return rows.map((row) => String(row['QUERY PLAN'])).join('\n')
  } finally {
    await connection.query('RESET enable_seqscan')
    connection.release()
  }
}

describeWithDatabase('indexes and planner statistics for the front ends lists', () => {
  let server: TestServer
  let client: null | SqlClient
  let sectionId: number | string

  beforeAll(async () => {
    server = await startTestServer()
    const { payload } = server
    client =
      payload.db.name === 'sqlite' ? (payload.db as unknown as { client: SqlClient }).client : null
    const section = await payload.create({ collection: 'sections', data: { name: 'Index desk' } })
    const tag = await payload.create({
      collection: 'tags',
      data: { name: 'Index tag' } as never,
      overrideAccess: true,
    })
    sectionId = section.id
    for (let index = 0; index < 5; index++) {
      await payload.create({
        collection: 'articles',
        data: {
          headline: `Indexed story ${index}`,
          body: richTextFromParagraphs(['Text.']) as Article['body'],
          section: section.id,
          tags: [tag.id],
          _status: 'published',
        },
        overrideAccess: true,
      })
    }
  })
  afterAll(async () => server?.stop())
  /**
   * Gives SQLite's planner the sizes of the bench's 100 000 stories for these tables' indexes
   * (table, index, `sqlite_stat1` stat): on a few test rows any plan is cheap. PostgreSQL's plans
   * are read with whole-table scans discouraged instead (planOf).
   */
  const benchStatistics = async (stats: Array<[string, string, string]>): Promise<void> => {
    if (!client) return
    const tables = [...new Set(stats.map(([table]) => table))]
    await client.execute('ANALYZE')
    await client.execute({
      sql: `DELETE FROM sqlite_stat1 WHERE tbl IN (${tables.map(() => '?').join(', ')})`,
      args: tables,
    })
    for (const [table, index, stat] of stats) {
      await client.execute({
        sql: 'INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)',
        args: [table, index, stat],
      })
    }
    await client.execute('ANALYZE sqlite_schema')
  }

  // Some tests load the statistics of a bigger corpus; the next test starts from the real ones.
  afterEach(async () => {
    if (client) await client.execute('ANALYZE')
  })

  test('after a refresh SQLite has statistics for the articles table', async (context) => {
    if (!client)
      context.skip('SQLite only: PostgreSQL autovacuum analyses, MongoDB has no planner statistics')
    await refreshPlannerStatistics(server.payload)
    const { rows } = await client!.execute("SELECT tbl FROM sqlite_stat1 WHERE tbl = 'articles'")
    expect(rows.length).toBeGreaterThan(0)
  })

  test('a section’s latest published stories are read in index order, not sorted from all of them', async (context) => {
    if (!client) context.skip('SQLite only: the plan is read with EXPLAIN QUERY PLAN')
    const plan = await planOf(
      server,
      "SELECT id FROM articles WHERE section_id = 1 AND _status = 'published' ORDER BY published_at DESC LIMIT 20",
    )
    expect(plan).toMatch(/USING (COVERING )?INDEX section__status_publishedAt_idx/)
    expect(plan).not.toMatch(/TEMP B-TREE/)
  })

  test('a story’s newest version is read from its own history, not found by walking every version', async (context) => {
    // The statement Payload sends on every save and every open in the admin (and, sorted the
    // same way, when it prunes old versions).
    const story = await server.payload.find({ collection: 'articles', limit: 1, depth: 0 })
    const id = story.docs[0]!.id
    const latest = server.payload.db.name === 'sqlite' ? 1 : 'true'
    const plan = await planOf(
      server,
      `SELECT id FROM _articles_v WHERE parent_id = ${id} AND latest = ${latest} ORDER BY updated_at DESC, created_at DESC LIMIT 1`,
    )
    if (plan === null) context.skip('SQL only: MongoDB has no such plan to read')
    if (server.payload.db.name === 'sqlite') {
      // SQLite reads the story's own versions by parent, then sorts those few.
      expect(plan).toMatch(/SEARCH _articles_v USING INDEX \w+ \(parent_id=\?/)
    } else {
      expect(plan).toMatch(/Index Cond: \(parent_id = \d+\)/)
      expect(plan).toMatch(/_articles_v_parent_updated_idx/)
      expect(plan).not.toMatch(/Sort/)
    }
  })

  // With every row fresh, ANALYZE says one value covers the table; these lookups want the other.
  // Each statement must search the flag's index (not walk it, not scan the table) and read its
  // batch in index order (not sort it out of every stale row, as at a first fill).
  const staleLookups: Array<{
    table: string
    index: string
    /** How many of the statements `send` sends pick stale rows. */
    lookups: number
    /** Sends the store's statements that pick stale rows through `run`. */
    send: (payload: TestServer['payload'], run: SqlExecutor['run']) => Promise<unknown>
  }> = [
    {
      table: 'delivery_stories',
      index: 'delivery_stories_is_stale_idx',
      lookups: 3,
      send: async (payload, run) => {
        const store = sqlDeliveryStore({ ...sqliteDeliveryExecutor(payload)!, run })
        await store.hasStale()
        await store.staleRows(25)
        await store.markShowing({} as PayloadRequest, 'tags:1', 'a new token')
      },
    },
    {
      table: 'search_documents',
      index: 'search_documents_is_stale_idx',
      lookups: 1,
      send: async (payload, run) => {
        await sqlSearchStore({ ...sqliteSearchDialect(payload)!, run }).staleRows(25)
      },
    },
  ]
  for (const { table, index, lookups: expected, send } of staleLookups) {
    test(`${table}: the rows waiting for a refresh are searched for in their index once every row is fresh`, async (context) => {
      const executor = sqliteDeliveryExecutor(server.payload)
      if (!executor)
        context.skip('SQLite only: PostgreSQL keeps the share of each value, not an average')
      await deliveryRendererOf(server.payload).sweep()
      const rows = await client!.execute(
        `SELECT count(*) AS n, sum(is_stale) AS stale FROM ${table}`,
      )
      expect(Number(rows.rows[0]!.n)).toBeGreaterThan(0)
      expect(Number(rows.rows[0]!.stale)).toBe(0)
      // The statistics of 100 000 fresh stories (as ANALYZE wrote them on the bench corpus), read again.
      await client!.execute('ANALYZE')
      await client!.execute(`UPDATE sqlite_stat1 SET stat = '100000 100000' WHERE idx = '${index}'`)
      await client!.execute('ANALYZE sqlite_schema')

      const sent: Array<{ text: string; params: unknown[] }> = []
      await send(server.payload, async (text, params, req) => {
        sent.push({ text, params })
        return executor!.run(text, params, req)
      })
      const lookups = sent.filter(({ text }) => text.includes(`INDEXED BY ${index}`))
      expect(lookups).toHaveLength(expected)
      for (const { text, params } of lookups) {
        const plan = await client!.execute({ sql: `EXPLAIN QUERY PLAN ${text}`, args: params })
        const detail = plan.rows.map((row) => String(row.detail)).join('\n')
        expect(detail).toMatch(
          new RegExp(`SEARCH ${table} USING (COVERING )?INDEX ${index} \\(is_stale>\\?\\)`),
        )
        expect(detail).not.toMatch(/TEMP B-TREE/)
      }
    })
  }

  test('a renamed person finds the search rows that link them from an index, not by reading every row', async (context) => {
    const sent: string[] = []
    const dialect = sqliteSearchDialect(server.payload) ?? postgresSearchDialect(server.payload)
    if (!dialect) context.skip('SQL only: MongoDB has no such plan to read')
    await benchStatistics([
      ['search_documents', 'search_documents_story_idx', '100000 2'],
      ['search_documents_linked', 'search_documents_linked_link_idx', '1400000 70'],
      ['search_documents_linked', 'search_documents_linked_parent_id_idx', '1400000 14'],
    ])
    await sqlSearchStore({ ...dialect!, run: recordedIn(sent) }).markLinking(
      {} as PayloadRequest,
      'people:1',
      'a mark',
    )
    expect(sent).toHaveLength(1)
    const plan = await planOf(server, sent[0]!)
    expect(plan).toMatch(/search_documents_linked_link_idx/)
    expect(plan).not.toMatch(/SCAN search_documents\b|Seq Scan on search_documents\b/)
  })

  // A list's page and count, as the read model asks them (collections/DeliveryListEntries.ts):
  // from the list's own index, in its order, whatever the list's size.
  test('a list’s page and count are read from its entries’ index in order, not sorted', async (context) => {
    const executor =
      sqliteDeliveryExecutor(server.payload) ?? postgresDeliveryExecutor(server.payload)
    if (!executor) context.skip('SQL only: MongoDB has no such plan to read')
    await benchStatistics([
      ['delivery_list_entries', 'list_publishedAt_storyCreatedAt_story_idx', '1000000 1500 1 1 1'],
      ['delivery_list_entries', 'story_list_idx', '1000000 10 1'],
      ['delivery_list_entries', 'delivery_list_entries_story_idx', '1000000 10'],
      ['delivery_stories', 'delivery_stories_story_idx', '100000 1'],
      ['delivery_stories', 'delivery_stories_is_stale_idx', '100000 100000'],
    ])
    const sent: string[] = []
    await sqlDeliveryStore({ ...executor!, run: recordedIn(sent) }).latest('tags', 1, 20)
    expect(sent).toHaveLength(2)
    for (const statement of sent) {
      const plan = await planOf(server, statement)
      expect(plan, statement).toMatch(/list_publishedAt_storyCreatedAt_story_idx/)
      // PostgreSQL weighs walking the index against sorting by the table's real size, which a
      // test database of a few rows does not have; SQLite was given the bench's above.
      if (client) expect(plan, statement).not.toMatch(/TEMP B-TREE/)
    }
  })

  test('the same list over REST answers the newest first', async () => {
    const { body } = await server.http.get(
      `/api/articles?where[section][equals]=${sectionId}&sort=-publishedAt&limit=3&depth=0`,
    )
    const dates = (body.docs as Article[]).map((doc) => doc.publishedAt)
    expect(dates).toHaveLength(3)
    expect([...dates].sort().reverse()).toEqual(dates)
  })
})
