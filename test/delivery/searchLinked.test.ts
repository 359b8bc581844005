import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { postgresDeliveryExecutor } from '../../src/database/postgres/deliveryExecutor'
import { searchStore } from '../../src/database/searchStore'
import type { SearchStore } from '../../src/database/searchStore'
import { sqliteDeliveryExecutor } from '../../src/database/sqlite/deliveryExecutor'
import type { SqlExecutor } from '../../src/database/deliveryStore'
import { richTextFromParagraphs } from '../../src/domain/richText'
import { searchIndexOf } from '../../src/search/searchIndex'
import * as postgresMigration from '../../src/migrations/postgres/20261207_225642_search_links_indexed'
import * as sqliteMigration from '../../src/migrations/sqlite/20261207_225633_search_links_indexed'
import type { Article } from '../../src/payload-types'
import { NO_WRITE } from '../support/deliveryStore'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

/**
 * A search row's links are kept a row each (collections/SearchDocuments.ts `linked`), so a renamed
 * person finds the rows to refresh from an index. The stories are written through Payload (its
 * hooks write the rows); the marks are made on the store itself, to see exactly which rows each
 * one reaches. SQL databases only: the table is theirs.
 */
describeWithDatabase(
  'a changed person, organisation, tag or section finds the search rows that link it',
  () => {
    let server: TestServer
    let store: SearchStore
    let sql: null | SqlExecutor
    const ids: Record<string, number | string> = {}

    // The index's own refresh is let finish before each mark, so that only the test clears marks.
    const story = async (headline: string, people: Array<number | string>, published = true) => {
      const { id } = await server.payload.create({
        collection: 'articles',
        data: {
          headline,
          body: richTextFromParagraphs(['Text.']) as Article['body'],
          people,
          tags: [ids.tag],
          section: ids.section,
          _status: published ? 'published' : 'draft',
        } as never,
        overrideAccess: true,
      })
      await searchIndexOf(server.payload).settle()
      return id
    }

    beforeAll(async () => {
      server = await startTestServer()
      const { payload } = server
      store = searchStore(payload)
      sql = sqliteDeliveryExecutor(payload) ?? postgresDeliveryExecutor(payload)
      // Ids that differ by a digit: `people:1` must not reach `people:11`'s rows.
      for (let index = 0; index < 12; index++) {
        const person = await payload.create({
          collection: 'people',
          data: { name: `Person ${index}` },
        })
        ids[`person${index}`] = person.id
      }
      ids.tag = (await payload.create({ collection: 'tags', data: { name: 'Shield' } as never })).id
      ids.section = (await payload.create({ collection: 'sections', data: { name: 'World' } })).id
      await searchIndexOf(payload).settle()
      ids.a = await story('Story a', [ids.person2!])
      ids.b = await story('Story b', [ids.person2!, ids.person3!])
      ids.c = await story('Story c', [ids.person1!])
      ids.d = await story('Story d, a draft', [ids.person11!], false)
      ids.e = await story('Story e, two people', [ids.person1!, ids.person11!])
    })
    afterAll(async () => server?.stop())

    /** Each of the story's rows with the links its side table holds, sorted. */
    const linkedOf = async (storyId: number | string) => {
      const rows = await sql!.run(
        'SELECT d.id, d.links, l.link FROM search_documents d LEFT JOIN search_documents_linked l ON l._parent_id = d.id WHERE d.story_id = ? ORDER BY d.id, l._order',
        [storyId],
      )
      const byRow = new Map<unknown, { id: unknown; links: string; linked: string[] }>()
      for (const row of rows) {
        const entry = byRow.get(row.id) ?? { id: row.id, links: String(row.links), linked: [] }
        if (typeof row.link === 'string') entry.linked.push(row.link)
        byRow.set(row.id, entry)
      }
      return [...byRow.values()]
    }
    /** Every row's links and its entries, in order. */
    const everyLink = async () =>
      (
        await sql!.run(
          'SELECT d.id, d.links, l.link FROM search_documents d LEFT JOIN search_documents_linked l ON l._parent_id = d.id ORDER BY d.id, l._order',
          [],
        )
      ).map((row) => `${row.id}:${row.links}:${row.link}`)
    const staleStories = async () =>
      (
        await sql!.run(
          `SELECT DISTINCT story_id FROM search_documents WHERE is_stale = ${sql!.isTrue} ORDER BY story_id`,
          [],
        )
      ).map((row) => String(row.story_id))
    const clearMarks = async () => {
      await sql!.run(`UPDATE search_documents SET is_stale = ${sql!.isFalse}`, [])
    }

    test('each row keeps its links a row each, the same as its list', async (context) => {
      if (!sql) context.skip('SQL databases only: MongoDB keeps the list in the row itself')
      const rows = await linkedOf(ids.e!)
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) {
        expect(row.linked).toEqual(row.links.split('|').filter(Boolean))
        expect(row.linked).toEqual(
          expect.arrayContaining([`people:${ids.person1}`, `people:${ids.person11}`]),
        )
      }
    })

    const marks: Array<{ name: string; link: () => string; reaches: string[] }> = [
      {
        name: 'a person two stories link',
        link: () => `people:${ids.person2}`,
        reaches: ['a', 'b'],
      },
      { name: 'a person one story links', link: () => `people:${ids.person3}`, reaches: ['b'] },
      {
        name: 'a person whose id is inside another id',
        link: () => `people:${ids.person1}`,
        reaches: ['c', 'e'],
      },
      {
        name: 'the tag every story has',
        link: () => `tags:${ids.tag}`,
        reaches: ['a', 'b', 'c', 'd', 'e'],
      },
      { name: 'a person no story links', link: () => `people:${ids.person9}`, reaches: [] },
      {
        name: 'the same id in another collection',
        link: () => `organizations:${ids.person2}`,
        reaches: [],
      },
      { name: 'a link with LIKE wildcards', link: () => `people:%`, reaches: [] },
    ]
    test.for(marks)(
      'a mark for $name reaches exactly the stories that link it',
      async ({ link, reaches }, context) => {
        if (!sql) context.skip('SQL databases only: MongoDB keeps the list in the row itself')
        const stories: Record<string, number | string> = {}
        for (const name of ['a', 'b', 'c', 'd', 'e']) stories[String(ids[name])] = name
        await clearMarks()
        expect(await staleStories()).toEqual([])
        await store.markLinking(NO_WRITE, link(), randomUUID())
        const reached = (await staleStories()).map((storyId) => stories[storyId] ?? storyId).sort()
        expect(reached).toEqual(reaches)
      },
    )

    test('a story written again keeps only its new links, and a deleted one leaves none', async (context) => {
      if (!sql) context.skip('SQL databases only: MongoDB keeps the list in the row itself')
      const id = await story('Changing links', [ids.person4!])
      await server.payload.update({
        collection: 'articles',
        id,
        data: { people: [ids.person5] } as never,
        overrideAccess: true,
      })
      await searchIndexOf(server.payload).settle()
      const rewritten = await linkedOf(id)
      expect(rewritten.length).toBeGreaterThan(0)
      for (const row of rewritten) {
        expect(row.linked).toContain(`people:${ids.person5}`)
        expect(row.linked).not.toContain(`people:${ids.person4}`)
      }
      await clearMarks()
      await store.markLinking(NO_WRITE, `people:${ids.person4}`, randomUUID())
      expect(await staleStories()).toEqual([])

      await server.payload.delete({ collection: 'articles', id, overrideAccess: true })
      const rowIds = rewritten.map((row) => row.id)
      const left = await sql!.run(
        `SELECT count(*) AS n FROM search_documents_linked WHERE _parent_id NOT IN (SELECT id FROM search_documents) OR _parent_id IN (${rowIds.map(() => '?').join(', ')})`,
        rowIds,
      )
      expect(Number(left[0]!.n)).toBe(0)
    })

    test('rows with no entries (a database a schema push brought up to date) get them as a server fills the index', async (context) => {
      if (!sql)
        context.skip('SQL databases only: MongoDB fills `linked` the same way, untested here')
      const written = await everyLink()
      expect(written.length).toBeGreaterThan(4)
      await sql!.run('DELETE FROM search_documents_linked', [])
      // What src/search/start.ts runs in the background as a server starts.
      await searchIndexOf(server.payload).fill()
      expect(await everyLink()).toEqual(written)
      // And a start with nothing to fill changes nothing.
      await searchIndexOf(server.payload).fill()
      expect(await everyLink()).toEqual(written)
    })

    // Last: it moves the schema back and forth under the rows the tests above wrote.
    test('the migration gives the rows written before it their links, down and up again', async (context) => {
      if (!sql) context.skip('SQL databases only: MongoDB fills `linked` as its index is ensured')
      const { payload } = server
      const migration = payload.db.name === 'postgres' ? postgresMigration : sqliteMigration
      const args = { db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload, req: {} }
      const written = await everyLink()
      expect(written.length).toBeGreaterThan(4)

      await migration.down(args as never)
      await migration.up(args as never)
      expect(await everyLink()).toEqual(written)
      await clearMarks()
      await store.markLinking(NO_WRITE, `people:${ids.person3}`, randomUUID())
      expect(await staleStories()).toEqual([String(ids.b)])
    })
  },
)
