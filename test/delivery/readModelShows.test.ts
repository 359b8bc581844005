import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { DeliveryStore, Rendering, StoryId } from '../../src/database/deliveryStore'
import { RENDERINGS, sqlDeliveryStore } from '../../src/database/deliveryStore'
import * as postgresMigration from '../../src/migrations/postgres/20261207_190720_delivery_shows_indexed'
import * as sqliteMigration from '../../src/migrations/sqlite/20261207_190703_delivery_shows_indexed'
import { postgresDeliveryExecutor } from '../../src/database/postgres/deliveryExecutor'
import { sqliteDeliveryExecutor } from '../../src/database/sqlite/deliveryExecutor'
import { interruptedStore, NO_WRITE, startWithStoreOnly } from '../support/deliveryStore'
import { describeWithDatabase } from '../support/testServer'
import type { TestServer } from '../support/testServer'

/**
 * What a story shows is kept a row per document (collections/DeliveryStories.ts), so a change
 * finds the stories that show it from an index. These cases drive the store itself, on the
 * project's database, with the renderer stopped so that only the test writes the rows.
 */
describeWithDatabase('a change finds the stories that show it', () => {
  let server: TestServer
  let store: DeliveryStore
  let stories: StoryId[] = []

  beforeAll(async () => {
    ;({ server, store, stories } = await startWithStoreOnly(['First story', 'Second story']))
  })
  afterAll(async () => server?.stop())

  /** Marks the story, renders it as showing `shows`, and says whether the write held. */
  const render = async (story: StoryId, shows: string[], token = randomUUID()) => {
    await store.markStory(NO_WRITE, story, token)
    return renderAs(story, shows, token)
  }
  const renderAs = (story: StoryId, shows: string[], token: string, by = store) =>
    by.writeRendered(
      {
        story,
        slug: `story-${story}`,
        section: null,
        publishedAt: null,
        storyCreatedAt: new Date(0).toISOString(),
        shows,
        lists: [],
        renderings: Object.fromEntries(RENDERINGS.map((name) => [name, '{}'])) as Record<
          Rendering,
          string
        >,
      },
      token,
    )
  const isStale = async (story: StoryId) =>
    (await store.rendering({ id: story }, 'depthZero')) === null

  describe.each([
    { name: 'a document it shows', renders: [['people:1', 'tags:2']], mark: 'tags:2', stale: true },
    {
      name: 'a document it does not show',
      renders: [['people:1']],
      mark: 'people:9',
      stale: false,
    },
    {
      name: 'an id that only begins like one it shows',
      renders: [['articles:12']],
      mark: 'articles:1',
      stale: false,
    },
    {
      name: 'the same collection, another id',
      renders: [['tags:2']],
      mark: 'tags:20',
      stale: false,
    },
    {
      name: 'what it stopped showing at its last render',
      renders: [
        ['people:1', 'tags:2'],
        ['tags:2', 'people:3'],
      ],
      mark: 'people:1',
      stale: false,
    },
    {
      name: 'what it started showing at its last render',
      renders: [
        ['people:1', 'tags:2'],
        ['tags:2', 'people:3'],
      ],
      mark: 'people:3',
      stale: true,
    },
    {
      name: 'what it kept showing across renders',
      renders: [
        ['people:1', 'tags:2'],
        ['tags:2', 'people:3'],
      ],
      mark: 'tags:2',
      stale: true,
    },
    {
      name: 'anything, once it shows nothing',
      renders: [['people:1'], []],
      mark: 'people:1',
      stale: false,
    },
    {
      name: 'a document listed twice',
      renders: [['media:4', 'media:4']],
      mark: 'media:4',
      stale: true,
    },
  ])('$name', ({ renders, mark, stale }) => {
    test(`a change to ${mark} leaves the story ${stale ? 'stale' : 'fresh'}`, async () => {
      const [story] = stories as [StoryId]
      for (const shows of renders) expect(await render(story, shows)).toBe(true)
      expect(await isStale(story)).toBe(false)
      await store.markShowing(NO_WRITE, mark, randomUUID())
      expect(await isStale(story)).toBe(stale)
    })
  })

  test('a change marks every story that shows it, and only those', async () => {
    const [first, second] = stories as [StoryId, StoryId]
    await render(first, ['people:1', 'sections:5'])
    await render(second, ['sections:5'])
    await store.markShowing(NO_WRITE, 'people:1', randomUUID())
    expect([await isStale(first), await isStale(second)]).toEqual([true, false])
    await render(first, ['people:1', 'sections:5'])
    await store.markShowing(NO_WRITE, 'sections:5', randomUUID())
    expect([await isStale(first), await isStale(second)]).toEqual([true, true])
  })

  test('a render overtaken by a change is not written, and what it listed marks nothing wrongly later', async () => {
    const [story] = stories as [StoryId]
    const overtaken = randomUUID()
    await store.markStory(NO_WRITE, story, overtaken)
    // A change to anything re-marks the stale rows: this render read the story before it.
    await store.markShowing(NO_WRITE, 'tags:77', randomUUID())
    expect(await renderAs(story, ['people:6'], overtaken)).toBe(false)
    expect(await isStale(story)).toBe(true)
    const [{ token } = { token: '' }] = (await store.staleRows(10)).filter(
      (row) => String(row.story) === String(story),
    )
    expect(await renderAs(story, ['tags:77'], token)).toBe(true)
    await store.markShowing(NO_WRITE, 'people:6', randomUUID())
    expect(await isStale(story)).toBe(false)
    await store.markShowing(NO_WRITE, 'tags:77', randomUUID())
    expect(await isStale(story)).toBe(true)
  })

  // A reader's story deleted while the renderer had it in hand: the entries would have no row.
  test('a render whose row is removed while it renders writes nothing and fails nothing', async () => {
    const [first, second] = stories as [StoryId, StoryId]
    const sql = (sqliteDeliveryExecutor(server.payload) ??
      postgresDeliveryExecutor(server.payload))!
    // Right after the render has read which row is the story's, as a delete would land.
    const racing = interruptedStore(sql, 'SELECT d.id AS row_id', () =>
      sql.run('DELETE FROM delivery_stories WHERE story_id = ?', [first]),
    )
    const token = randomUUID()
    await store.markStory(NO_WRITE, first, token)
    expect(await renderAs(first, ['tags:31', 'people:32'], token, racing.store)).toBe(false)
    expect(racing.hasRun()).toBe(true)
    const left = await sql.run(
      'SELECT count(*) AS n FROM delivery_stories_shows s WHERE NOT EXISTS (SELECT 1 FROM delivery_stories d WHERE d.id = s._parent_id)',
      [],
    )
    expect(Number(left[0]!.n)).toBe(0)
    // Any other failure still fails: the row of the second story is there.
    const broken = sqlDeliveryStore({
      ...sql,
      run: async (text, params, req) => {
        if (text.startsWith('INSERT INTO delivery_stories_shows')) throw new Error('disk full')
        return sql.run(text, params, req)
      },
    })
    const again = randomUUID()
    await store.markStory(NO_WRITE, second, again)
    await expect(renderAs(second, ['tags:33'], again, broken)).rejects.toThrow('disk full')
  })

  // Last: it moves the schema back and forth under the rows the tests above wrote.
  test('the migration keeps what rendered rows show, down to the old column and up again', async () => {
    const [first, second] = stories as [StoryId, StoryId]
    await render(first, ['tags:2', 'people:1'])
    await render(second, [])
    const { payload } = server
    const sql = (sqliteDeliveryExecutor(payload) ?? postgresDeliveryExecutor(payload))!
    const migration = payload.db.name === 'postgres' ? postgresMigration : sqliteMigration
    const args = { db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload, req: {} }

    await migration.down(args as never)
    const rows = await sql.run(
      'SELECT shows FROM delivery_stories WHERE story_id IN (?, ?) ORDER BY story_id',
      [first, second],
    )
    expect(rows.map((row) => row.shows)).toEqual(['|tags:2|people:1|', '||'])

    await migration.up(args as never)
    await store.markShowing(NO_WRITE, 'people:9', randomUUID())
    expect([await isStale(first), await isStale(second)]).toEqual([false, false])
    await store.markShowing(NO_WRITE, 'people:1', randomUUID())
    expect([await isStale(first), await isStale(second)]).toEqual([true, false])
    await render(first, ['tags:2', 'people:1'])
    await store.markShowing(NO_WRITE, 'tags:2', randomUUID())
    expect([await isStale(first), await isStale(second)]).toEqual([true, false])
  })
})
