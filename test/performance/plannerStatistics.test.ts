import { afterAll, beforeAll, expect, test } from 'vitest'

import { richTextFromParagraphs } from '../../src/domain/richText'
import type { Article } from '../../src/payload-types'
import { refreshPlannerStatistics } from '../../src/performance/plannerStatistics'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

type SqlClient = { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> }

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

  test('after a refresh SQLite has statistics for the articles table', async (context) => {
    if (!client)
      context.skip('SQLite only: PostgreSQL autovacuum analyses, MongoDB has no planner statistics')
    await refreshPlannerStatistics(server.payload)
    const { rows } = await client!.execute("SELECT tbl FROM sqlite_stat1 WHERE tbl = 'articles'")
    expect(rows.length).toBeGreaterThan(0)
  })

  test('a section’s latest published stories are read in index order, not sorted from all of them', async (context) => {
    if (!client) context.skip('SQLite only: the plan is read with EXPLAIN QUERY PLAN')
    const { rows } = await client!.execute(
      "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE section_id = 1 AND _status = 'published' ORDER BY published_at DESC LIMIT 20",
    )
    const plan = rows.map((row) => String(row.detail)).join('\n')
    expect(plan).toMatch(/USING (COVERING )?INDEX section__status_publishedAt_idx/)
    expect(plan).not.toMatch(/TEMP B-TREE/)
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
