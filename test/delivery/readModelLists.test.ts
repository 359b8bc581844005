import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'

import type {
  DeliveryStore,
  Rendering,
  SqlExecutor,
  StoryId,
} from '../../src/database/deliveryStore'
import { RENDERINGS } from '../../src/database/deliveryStore'
import { storyLists } from '../../src/domain/publishing/storyLists'
import * as postgresMigration from '../../src/migrations/postgres/20261208_020103_delivery_list_entries'
import * as sqliteMigration from '../../src/migrations/sqlite/20261208_020051_delivery_list_entries'
import { fillDeliveryModel } from '../../src/readCache/delivery/renderer'
import { interruptedStore, NO_WRITE, startWithStoreOnly } from '../support/deliveryStore'
import { describeWithDatabase } from '../support/testServer'
import type { TestServer } from '../support/testServer'

const at = (day: number): string => new Date(Date.UTC(2026, 0, day)).toISOString()

/**
 * A list's page and count are read from the entries a render writes beside the row
 * (collections/DeliveryListEntries.ts). These cases drive the store itself, on the project's
 * database, with the renderer stopped so that only the test writes: the entries follow each
 * render, and a render overtaken by a newer mark, or run twice at once, leaves none behind.
 */
describeWithDatabase('a list is read from the entries its stories were rendered with', () => {
  let server: TestServer
  let store: DeliveryStore
  let sql: SqlExecutor
  let stories: StoryId[] = []

  beforeAll(async () => {
    const started = await startWithStoreOnly(['First story', 'Second story', 'Third story'])
    ;({ server, store, stories } = started)
    sql = started.sql!
  })
  afterAll(async () => server?.stop())
  beforeEach((context) => {
    if (!sql) context.skip('SQL databases only: MongoDB reads its lists from the rows themselves')
  })

  interface Render {
    lists: string[]
    publishedAt?: string
    token?: string
    by?: DeliveryStore
  }

  /** Writes the story as rendered into `lists`; the body names the story, to read pages by. */
  const renderAs = (story: StoryId, { lists, publishedAt = at(1), token, by = store }: Render) =>
    by.writeRendered(
      {
        story,
        slug: `listed-${story}`,
        section: null,
        publishedAt,
        storyCreatedAt: at(0),
        shows: [],
        lists,
        renderings: Object.fromEntries(
          RENDERINGS.map((name) => [name, JSON.stringify({ story: String(story) })]),
        ) as Record<Rendering, string>,
      },
      token ?? '',
    )
  const render = async (story: StoryId, each: Omit<Render, 'token'>) => {
    const token = randomUUID()
    await store.markStory(NO_WRITE, story, token)
    return renderAs(story, { ...each, token })
  }
  /** The stories of the list's first page, newest first, and its count; null: Payload answers. */
  const page = async (field: 'people' | 'section' | 'tags', id: number) => {
    const found = await store.latest(field, id, 20)
    if (!found) return null
    return {
      stories: found.docs.map((doc) => (JSON.parse(doc) as { story: string }).story),
      total: found.totalDocs,
    }
  }
  const entriesOf = async (story: StoryId) =>
    (
      await sql.run('SELECT list FROM delivery_list_entries WHERE story_id = ? ORDER BY list', [
        story,
      ])
    ).map((row) => String(row.list))

  test('a story is in the lists it was last rendered in, and only those', async () => {
    const [first] = stories as [StoryId]
    expect(await render(first, { lists: ['section:1', 'tags:2', 'people:3'] })).toBe(true)
    expect(await page('tags', 2)).toEqual({ stories: [String(first)], total: 1 })
    expect(await page('section', 1)).toEqual({ stories: [String(first)], total: 1 })
    expect(await render(first, { lists: ['section:1', 'tags:4'] })).toBe(true)
    expect(await page('tags', 2)).toEqual({ stories: [], total: 0 })
    expect(await page('people', 3)).toEqual({ stories: [], total: 0 })
    expect(await page('tags', 4)).toEqual({ stories: [String(first)], total: 1 })
    expect(await entriesOf(first)).toEqual(['section:1', 'tags:4'])
    expect(await render(first, { lists: [] })).toBe(true)
    expect(await entriesOf(first)).toEqual([])
  })

  test('a correction that moves a story in time moves it in its lists', async () => {
    const [first, second] = stories as [StoryId, StoryId]
    await render(first, { lists: ['tags:5'], publishedAt: at(1) })
    await render(second, { lists: ['tags:5'], publishedAt: at(2) })
    expect(await page('tags', 5)).toEqual({ stories: [String(second), String(first)], total: 2 })
    await render(first, { lists: ['tags:5'], publishedAt: at(3) })
    expect(await page('tags', 5)).toEqual({ stories: [String(first), String(second)], total: 2 })
  })

  test('a stale story in a list sends the list to Payload', async () => {
    const [first] = stories as [StoryId]
    await render(first, { lists: ['tags:6'] })
    expect(await page('tags', 6)).not.toBeNull()
    await store.markStory(NO_WRITE, first, randomUUID())
    expect(await page('tags', 6)).toBeNull()
  })

  // Where a newer mark, and its render, can land in an older render's statements.
  test.each([
    { after: 'reading the entries', statement: 'SELECT list, published_at' },
    { after: 'writing its row', statement: 'UPDATE delivery_stories SET is_stale' },
  ])(
    'a render overtaken after $after writes no entries, though it finishes last',
    async ({ statement }) => {
      const [first] = stories as [StoryId]
      const older = randomUUID()
      const newer = randomUUID()
      await store.markStory(NO_WRITE, first, older)
      const slow = interruptedStore(sql, statement, async () => {
        await store.markStory(NO_WRITE, first, newer)
        expect(await renderAs(first, { lists: ['tags:8'], token: newer })).toBe(true)
      })
      expect(await renderAs(first, { lists: ['tags:7'], token: older, by: slow.store })).toBe(false)
      expect(slow.hasRun()).toBe(true)
      expect(await entriesOf(first)).toEqual(['tags:8'])
      expect(await page('tags', 7)).toEqual({ stories: [], total: 0 })
      expect(await page('tags', 8)).toEqual({ stories: [String(first)], total: 1 })
    },
  )

  test('two processes rendering the same mark at once write each entry once', async () => {
    const [first, second] = stories as [StoryId, StoryId]
    await render(second, { lists: [] })
    const token = randomUUID()
    await store.markStory(NO_WRITE, first, token)
    const lists = ['section:9', 'tags:9', 'people:9']
    const written = await Promise.all([
      renderAs(first, { lists, token }),
      renderAs(first, { lists, token }),
    ])
    expect(written).toEqual([true, true])
    expect(await entriesOf(first)).toEqual(['people:9', 'section:9', 'tags:9'])
    expect(await page('section', 9)).toEqual({ stories: [String(first)], total: 1 })
  })

  test('a story taken down leaves its lists with its row', async () => {
    const [first] = stories as [StoryId]
    await render(first, { lists: ['tags:10'] })
    const token = randomUUID()
    await store.markStory(NO_WRITE, first, token)
    await store.removeIfStill(first, randomUUID())
    expect(await entriesOf(first)).toEqual(['tags:10'])
    await store.removeIfStill(first, token)
    expect(await entriesOf(first)).toEqual([])
    expect(await store.rendering({ id: first }, 'depthZero')).toBeNull()
  })

  // A render that found the story gone (removal) beside one of the same mark in another process
  // that found it live: whatever the second writes between the removal's statements goes too.
  test('entries a render of the same mark writes while the row is removed go with the row', async () => {
    const [first] = stories as [StoryId]
    const token = randomUUID()
    await store.markStory(NO_WRITE, first, token)
    const racing = interruptedStore(sql, 'DELETE FROM delivery_list_entries', async () => {
      expect(await renderAs(first, { lists: ['tags:12'], token })).toBe(true)
      expect(await entriesOf(first)).toEqual(['tags:12'])
    })
    await racing.store.removeIfStill(first, token)
    expect(racing.hasRun()).toBe(true)
    expect(await entriesOf(first)).toEqual([])
    expect(await page('tags', 12)).toEqual({ stories: [], total: 0 })
  })

  // The database empties `story` when a story is deleted (as it does the row's): such entries are
  // not counted, and the delete's transaction removes them.
  test('an entry whose story was deleted is not counted, and is removed', async () => {
    const [first, second] = stories as [StoryId, StoryId]
    await render(first, { lists: ['tags:11'] })
    await render(second, { lists: ['tags:11'] })
    await sql.run('UPDATE delivery_list_entries SET story_id = NULL WHERE story_id = ?', [first])
    expect(await page('tags', 11)).toEqual({ stories: [String(second)], total: 1 })
    await store.removeUnlinked(NO_WRITE)
    const unlinked = await sql.run(
      'SELECT count(*) AS n FROM delivery_list_entries WHERE story_id IS NULL',
      [],
    )
    expect(Number(unlinked[0]!.n)).toBe(0)
  })

  // Last: it moves the schema back and forth under the rows the tests above wrote.
  test('the migration gives rendered rows their entries from their stories', async () => {
    const { payload } = server
    const [section, tag, person] = await Promise.all([
      payload.create({
        collection: 'sections',
        data: { name: 'Listed' } as never,
        overrideAccess: true,
      }),
      payload.create({
        collection: 'tags',
        data: { name: 'Listed tag' } as never,
        overrideAccess: true,
      }),
      payload.create({
        collection: 'people',
        data: { name: 'Listed Person' } as never,
        overrideAccess: true,
      }),
    ])
    const story = await payload.create({
      collection: 'articles',
      data: {
        headline: 'A listed story',
        section: section.id,
        tags: [tag.id],
        people: [person.id],
        _status: 'draft',
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    const lists = storyLists(story as never)
    expect(lists).toHaveLength(3)
    const token = randomUUID()
    await store.markStory(NO_WRITE, story.id, token)
    await store.writeRendered(
      {
        story: story.id,
        slug: `listed-${story.id}`,
        section: section.id,
        publishedAt: at(20),
        storyCreatedAt: String(story.createdAt),
        shows: [],
        lists,
        renderings: Object.fromEntries(RENDERINGS.map((name) => [name, '{"story":"x"}'])) as Record<
          Rendering,
          string
        >,
      },
      token,
    )
    const entries = () =>
      sql.run(
        'SELECT list, published_at, story_created_at FROM delivery_list_entries WHERE story_id = ? ORDER BY list',
        [story.id],
      )
    const before = await entries()
    expect(before.some((row) => row.list === `tags:${tag.id}`)).toBe(true)
    const migration = payload.db.name === 'postgres' ? postgresMigration : sqliteMigration
    const args = { db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload, req: {} }
    await migration.down(args as never)
    await migration.up(args as never)
    expect(await entries()).toEqual(before)
    expect(await page('people', Number(person.id))).toEqual({ stories: ['x'], total: 1 })
  })

  // Entries a development schema push (the table created empty) or a process on older code (rows
  // rendered without entries) left out: the start's check finds the row, and its render mends it.
  test.each([
    { damage: 'nothing', statement: null, isFound: false },
    {
      damage: 'its entries gone',
      statement: 'DELETE FROM delivery_list_entries WHERE story_id = ?',
      isFound: true,
    },
    {
      damage: 'one entry gone',
      statement: "DELETE FROM delivery_list_entries WHERE story_id = ? AND list LIKE 'tags:%'",
      isFound: true,
    },
    {
      damage: 'an entry with old sort keys',
      statement:
        "UPDATE delivery_list_entries SET published_at = story_created_at WHERE story_id = ? AND list LIKE 'people:%'",
      isFound: true,
    },
    {
      damage: 'an entry of a list it left',
      statement:
        "INSERT INTO delivery_list_entries (list, story_id, published_at, story_created_at) SELECT 'tags:999999', story_id, published_at, story_created_at FROM delivery_list_entries WHERE story_id = ? AND list LIKE 'section:%'",
      isFound: true,
    },
  ])('the start finds a row with $damage', async ({ statement, isFound }) => {
    const { payload } = server
    const named = randomUUID().slice(0, 8)
    const [section, tag, person] = await Promise.all(
      (['sections', 'tags', 'people'] as const).map((collection) =>
        payload.create({
          collection,
          data: { name: `Checked ${named}` } as never,
          overrideAccess: true,
        }),
      ),
    )
    const story = await payload.create({
      collection: 'articles',
      data: {
        headline: `A checked story ${named}`,
        section: section!.id,
        tags: [tag!.id],
        people: [person!.id],
        _status: 'draft',
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    const renderChecked = async () => {
      const token = randomUUID()
      await store.markStory(NO_WRITE, story.id, token)
      const rendered = {
        story: story.id,
        slug: `checked-${story.id}`,
        section: section!.id,
        publishedAt: at(30),
        storyCreatedAt: String(story.createdAt),
        shows: [],
        lists: storyLists(story as never),
        renderings: Object.fromEntries(RENDERINGS.map((name) => [name, '{}'])),
      }
      expect(await store.writeRendered(rendered as never, token)).toBe(true)
    }
    const isStale = async () => (await store.rendering({ id: story.id }, 'depthZero')) === null
    await renderChecked()
    if (statement) await sql.run(statement, [story.id])
    await fillDeliveryModel(payload)
    expect(await isStale()).toBe(isFound)
    await renderChecked()
    await fillDeliveryModel(payload)
    expect(await isStale()).toBe(false)
    expect(await entriesOf(story.id)).toEqual(storyLists(story as never))
  })
})
