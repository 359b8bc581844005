import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { listKey } from '../domain/publishing/storyLists'
import type { ListField } from '../domain/publishing/storyLists'
import { mongoDeliveryStore } from './mongodb/deliveryStore'
import { postgresDeliveryExecutor } from './postgres/deliveryExecutor'
import { sqliteDeliveryExecutor } from './sqlite/deliveryExecutor'

/** The renderings a read-model row keeps, by the column that holds each. */
export const RENDERINGS = [
  'depthZero',
  'depthOne',
  'depthTwo',
  'ninjs',
  'jsonLd',
  'graphqlBySlug',
  'graphqlArticlePage',
] as const
export type Rendering = (typeof RENDERINGS)[number]

export type StoryId = number | string

/** A story as the renderer wrote it (src/readCache/delivery/render.ts). */
export interface RenderedStory {
  story: StoryId
  slug: string
  section: null | StoryId
  publishedAt: null | string
  storyCreatedAt: string
  /** `collection:id` of every document the renderings show. */
  shows: string[]
  /** The lists the story is in (`tags:7`, src/domain/publishing/storyLists.ts). */
  lists: string[]
  renderings: Record<Rendering, string>
}

export interface ListPage {
  /** The renderings of the page's stories, newest first. */
  docs: string[]
  totalDocs: number
}

/**
 * The read model's storage (collections/DeliveryStories.ts), one implementation per dialect.
 * Reads outside a transaction see committed rows only; marks run in the write's transaction.
 */
export interface DeliveryStore {
  /** A fresh row's rendering by slug or id, or null (no row, or stale: the caller asks Payload). */
  rendering: (
    key: { slug: string } | { id: StoryId },
    rendering: Rendering,
  ) => Promise<null | string>
  /**
   * The newest `limit` stories of a list, sorted as Payload sorts `-publishedAt` (then
   * `-createdAt`), or null when the model cannot answer it exactly: a row is stale, or two stories
   * tie on both sort keys (Payload's order between them is the database's whim).
   */
  latest: (field: ListField, id: StoryId, limit: number) => Promise<ListPage | null>
  /** Whether any row is waiting to be rendered again. */
  hasStale: () => Promise<boolean>
  /** In the write's transaction: the story's row exists and is stale, with a new token. */
  markStory: (req: PayloadRequest, story: StoryId, token: string) => Promise<void>
  /**
   * In the write's transaction, one statement: every row that shows `shown` (`collection:id`),
   * and every row already stale (a render in flight may have read the old `shown`), is stale with
   * a new token.
   */
  markShowing: (req: PayloadRequest, shown: string, token: string) => Promise<void>
  /**
   * In a story delete's transaction: removes the rows whose story the database unlinked (the
   * delete emptied their `story`), which are never served.
   */
  removeUnlinked: (req: PayloadRequest) => Promise<void>
  /** Rows waiting to be rendered, oldest marks first, with the token each was marked with. */
  staleRows: (limit: number) => Promise<Array<{ story: StoryId; token: string }>>
  /** Writes a rendering if the row still carries `token`; false when a newer mark came first. */
  writeRendered: (story: RenderedStory, token: string) => Promise<boolean>
  /** Removes the row of a story readers no longer see, if it still carries `token`. */
  removeIfStill: (story: StoryId, token: string) => Promise<void>
  /** Adds a stale row for each published story that has none (the model's first fill). */
  addMissing: () => Promise<number>
  /**
   * Marks stale each fresh row whose list entries differ from its story's lists as the database
   * holds them, so the renderer writes them again; how many it marked. Entries go missing where
   * rows are written without them: a development schema push creates the table empty, and during
   * a rolling deploy a process on older code renders rows and no entries.
   */
  relistMissing: () => Promise<number>
}

/** What one dialect runs a statement with: `?` placeholders, rows as objects. */
export interface SqlExecutor {
  /** `req` joins the statement to the write's transaction, where the dialect has one. */
  run: (text: string, params: unknown[], req?: PayloadRequest) => Promise<Record<string, unknown>[]>
  /** The literal a boolean column compares with. */
  isTrue: string
  isFalse: string
  /**
   * Tells the planner to read the table through the named index (empty where it needs no telling).
   * SQLite's statistics hold the average rows per value, and with nearly every row fresh that is
   * "all of them": it took `is_stale = 1` for the whole table and scanned it, 190-255 ms a
   * statement at 100 000 stories, several in every publish, each holding its one connection and
   * Node's event loop. Statistics edited by hand do not help: once a connection has loaded the
   * analysed ones it keeps the index marked as poor. PostgreSQL keeps each value's share.
   * Named, the index is still walked whole for an equality (see `staleFlag`).
   */
  byIndex: (index: string) => string
  /** The statement that adds a stale row or marks the existing one (an upsert). */
  upsertStale: string
}

const COLUMN: Record<Rendering, string> = {
  depthZero: 'depth_zero',
  depthOne: 'depth_one',
  depthTwo: 'depth_two',
  ninjs: 'ninjs',
  jsonLd: 'json_ld',
  graphqlBySlug: 'graphql_by_slug',
  graphqlArticlePage: 'graphql_article_page',
}

const TABLE = 'delivery_stories'

/**
 * The rows waiting for a render (or a refresh), as a range rather than `is_stale = true`. With the
 * statistics above, SQLite 3.45 answers the equality by walking its index whole even when named
 * (2 ms at 100 000 stories, on every list a reader asks for); a range it searches (0.03 ms).
 * PostgreSQL's btree searches either. Booleans are 0 and 1 in SQLite, so `> false` is `= true`.
 */
export const staleFlag = (sql: Pick<SqlExecutor, 'isFalse'>): string => `is_stale > ${sql.isFalse}`

/** The `shows` array's rows (collections/DeliveryStories.ts): `_parent_id` is the row's id. */
const SHOWS = 'delivery_stories_shows'

/** The lists' entries (collections/DeliveryListEntries.ts), a story in a list per row. */
const ENTRIES = 'delivery_list_entries'

/** Rows per multi-row statement: at four parameters a row, well inside SQLite's 32 766. */
export const ROWS_PER_STATEMENT = 1000

/** `items` in slices a statement can take. */
const chunked = <T>(items: T[]): T[][] => {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += ROWS_PER_STATEMENT) {
    chunks.push(items.slice(start, start + ROWS_PER_STATEMENT))
  }
  return chunks
}

/** A timestamp as either dialect returns it (ISO text, PostgreSQL's text, a Date), comparable. */
const instant = (value: unknown): null | number =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.getTime()
      : Date.parse(String(value))

/**
 * Rows of the read model the start-time check reads per statement: about 15 ms each on SQLite
 * (whose statements hold Node's event loop), 200 of them at 100 000 stories.
 */
const ROWS_PER_CHECK = 500

/**
 * The fresh rows among `d` whose entries are not the story's lists: an entry the story is not in
 * (its section, or its tags and people in Payload's relationship table) or with other sort keys
 * than the row's, or a list of the story's with no entry. The lists as the migration that made
 * the entries drew them (src/migrations/…_delivery_list_entries.ts) and storyLists() names them.
 */
const mislisted = (
  isFalse: string,
): string => `d.is_stale = ${isFalse} AND d.story_id IS NOT NULL AND (
  EXISTS (SELECT 1 FROM ${ENTRIES} e WHERE e.story_id = d.story_id AND (e.published_at IS DISTINCT FROM d.published_at OR e.story_created_at IS DISTINCT FROM d.story_created_at OR NOT ((d.section_id IS NOT NULL AND e.list = 'section:' || d.section_id) OR EXISTS (SELECT 1 FROM articles_rels r WHERE r.parent_id = d.story_id AND r.path IN ('tags', 'people') AND r.path || ':' || coalesce(r.tags_id, r.people_id) = e.list))))
  OR (d.section_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${ENTRIES} e WHERE e.story_id = d.story_id AND e.list = 'section:' || d.section_id))
  OR EXISTS (SELECT 1 FROM articles_rels r WHERE r.parent_id = d.story_id AND r.path IN ('tags', 'people') AND NOT EXISTS (SELECT 1 FROM ${ENTRIES} e WHERE e.story_id = r.parent_id AND e.list = r.path || ':' || coalesce(r.tags_id, r.people_id))))`

/** The read model in a SQL database (SQLite or PostgreSQL): the same statements, two executors. */
export const sqlDeliveryStore = (sql: SqlExecutor): DeliveryStore => {
  const { run, isTrue, isFalse } = sql
  const byStaleIndex = sql.byIndex('delivery_stories_is_stale_idx')
  const isStale = staleFlag(sql)
  const sameOrder = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    String(a.published_at) === String(b.published_at) &&
    String(a.story_created_at) === String(b.story_created_at)

  return {
    rendering: async (key, rendering) => {
      const [where, value] = 'slug' in key ? ['slug', key.slug] : ['story_id', key.id]
      const rows = await run(
        `SELECT ${COLUMN[rendering]} AS body FROM ${TABLE} WHERE ${where} = ? AND is_stale = ${isFalse} AND story_id IS NOT NULL LIMIT 1`,
        [value],
      )
      const body = rows[0]?.body
      return typeof body === 'string' ? body : null
    },
    // The first entries of the list's index, and the count of its entries (collections/
    // DeliveryListEntries.ts): neither reads more of the index than the list holds.
    latest: async (field, id, limit) => {
      const list = listKey(field, id)
      const rows = await run(
        `SELECT d.${COLUMN.depthZero} AS body, CASE WHEN d.is_stale = ${isTrue} THEN 1 ELSE 0 END AS stale, e.published_at, e.story_created_at FROM ${ENTRIES} e JOIN ${TABLE} d ON d.story_id = e.story_id WHERE e.list = ? AND e.story_id IS NOT NULL ORDER BY e.published_at DESC, e.story_created_at DESC LIMIT ${limit + 1}`,
        [list],
      )
      if (rows.some((row) => Number(row.stale) === 1)) return null
      for (let index = 1; index < rows.length; index += 1) {
        if (sameOrder(rows[index - 1]!, rows[index]!)) return null
      }
      const counted = await run(
        `SELECT count(*) AS total FROM ${ENTRIES} WHERE list = ? AND story_id IS NOT NULL`,
        [list],
      )
      return {
        docs: rows.slice(0, limit).map((row) => String(row.body)),
        totalDocs: Number(counted[0]?.total ?? 0),
      }
    },
    hasStale: async () =>
      (await run(`SELECT 1 AS stale FROM ${TABLE} ${byStaleIndex} WHERE ${isStale} LIMIT 1`, []))
        .length > 0,
    markStory: async (req, story, token) => {
      await run(sql.upsertStale, [story, token], req)
    },
    // Two statements, so that each is answered from an index of its own.
    markShowing: async (req, shown, token) => {
      await run(
        `UPDATE ${TABLE} ${byStaleIndex} SET stale_token = ? WHERE ${isStale}`,
        [token],
        req,
      )
      await run(
        `UPDATE ${TABLE} SET is_stale = ${isTrue}, stale_token = ? WHERE id IN (SELECT _parent_id FROM ${SHOWS} WHERE shown = ?)`,
        [token, shown],
        req,
      )
    },
    removeUnlinked: async (req) => {
      await run(`DELETE FROM ${ENTRIES} WHERE story_id IS NULL`, [], req)
      await run(`DELETE FROM ${TABLE} WHERE story_id IS NULL`, [], req)
    },
    // Sorted by the flag first: in SQLite's index the stale rows are already in id order, so a
    // batch is read from it rather than sorted out of all of them (100 000 at the first fill).
    staleRows: async (limit) => {
      return (
        await run(
          `SELECT story_id, stale_token FROM ${TABLE} ${byStaleIndex} WHERE ${isStale} AND story_id IS NOT NULL ORDER BY is_stale, id LIMIT ${limit}`,
          [],
        )
      ).map((row) => ({ story: row.story_id as StoryId, token: String(row.stale_token) }))
    },
    // No transaction (SQLite's one connection may be in a write's), so an order that is safe at
    // every step: what the rendering shows is listed before the row is served, and what it no
    // longer shows is forgotten only while the row still carries this render's token. The list
    // is compared in the process: a render that shows what it showed before writes no row of it.
    // The row's list entries are rewritten, when they change, while the row is still stale (no
    // list is served while any row is), each statement only if the row carries this render's
    // token: a render overtaken by a newer mark writes none, so none outlives the newer render's.
    writeRendered: async (story, token) => {
      const listed = await run(
        `SELECT d.id AS row_id, s.shown FROM ${TABLE} d LEFT JOIN ${SHOWS} s ON s._parent_id = d.id WHERE d.story_id = ?`,
        [story.story],
      )
      const row = listed[0]?.row_id
      if (row === undefined) return false
      const before = new Set(
        listed.flatMap((entry) => (typeof entry.shown === 'string' ? [entry.shown] : [])),
      )
      const shows = new Set(story.shows)
      const added = [...shows].filter((shown) => !before.has(shown))
      const dropped = [...before].filter((shown) => !shows.has(shown))
      const entries = await run(
        `SELECT list, published_at, story_created_at FROM ${ENTRIES} WHERE story_id = ?`,
        [story.story],
      )
      const lists = new Set(story.lists)
      const unlisted = entries.map((entry) => String(entry.list)).filter((list) => !lists.has(list))
      const isRelisted =
        unlisted.length > 0 ||
        entries.length !== lists.size ||
        entries.some(
          (entry) =>
            instant(entry.published_at) !== instant(story.publishedAt) ||
            instant(entry.story_created_at) !== instant(story.storyCreatedAt),
        )
      // The row may go while the story renders (the story deleted or unpublished, its row
      // removed), so that what a write adds has nothing to belong to: like a render a newer mark
      // overtook, this one then has nothing to write. Any other failure fails.
      const whileRowLasts = async (write: () => Promise<unknown>): Promise<boolean> => {
        try {
          await write()
          return true
        } catch (error) {
          const found = await run(
            `SELECT 1 AS found FROM ${TABLE} WHERE id = ? AND story_id IS NOT NULL`,
            [row],
          )
          if (found.length === 0) return false
          throw error
        }
      }
      for (const chunk of chunked(
        added.map((shown, index) => ({ order: before.size + index + 1, shown })),
      )) {
        const isWritten = await whileRowLasts(() =>
          run(
            `INSERT INTO ${SHOWS} (_order, _parent_id, id, shown) VALUES ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`,
            chunk.flatMap(({ order, shown }) => [order, row, randomUUID(), shown]),
          ),
        )
        if (!isWritten) return false
      }
      const rows = await run(
        `UPDATE ${TABLE} SET is_stale = ${isRelisted ? isTrue : isFalse}, slug = ?, section_id = ?, published_at = ?, story_created_at = ?, ${RENDERINGS.map((name) => `${COLUMN[name]} = ?`).join(', ')} WHERE id = ? AND stale_token = ? RETURNING id`,
        [
          story.slug,
          story.section,
          story.publishedAt,
          story.storyCreatedAt,
          ...RENDERINGS.map((name) => story.renderings[name]),
          row,
          token,
        ],
      )
      if (rows.length === 0) return false
      if (isRelisted) {
        // The sort keys come from the row just written, so no value needs a dialect's cast.
        const holds = `FROM ${TABLE} d WHERE d.id = ? AND d.stale_token = ?`
        for (const chunk of chunked([...lists])) {
          const isWritten = await whileRowLasts(() =>
            run(
              `INSERT INTO ${ENTRIES} (list, story_id, published_at, story_created_at) SELECT v.column1, d.story_id, d.published_at, d.story_created_at FROM (VALUES ${chunk.map(() => '(?)').join(', ')}) v CROSS JOIN ${TABLE} d WHERE d.id = ? AND d.stale_token = ? AND d.story_id IS NOT NULL ON CONFLICT (story_id, list) DO UPDATE SET published_at = excluded.published_at, story_created_at = excluded.story_created_at`,
              [...chunk, row, token],
            ),
          )
          if (!isWritten) return false
        }
        for (const chunk of chunked(unlisted)) {
          await run(
            `DELETE FROM ${ENTRIES} WHERE story_id = ? AND list IN (${chunk.map(() => '?').join(', ')}) AND EXISTS (SELECT 1 ${holds})`,
            [story.story, ...chunk, row, token],
          )
        }
        const served = await run(
          `UPDATE ${TABLE} SET is_stale = ${isFalse} WHERE id = ? AND stale_token = ? RETURNING id`,
          [row, token],
        )
        if (served.length === 0) return false
      }
      for (const chunk of chunked(dropped)) {
        await run(
          `DELETE FROM ${SHOWS} WHERE _parent_id = ? AND shown IN (${chunk.map(() => '?').join(', ')}) AND EXISTS (SELECT 1 FROM ${TABLE} d WHERE d.id = ? AND d.stale_token = ? AND d.is_stale = ${isFalse})`,
          [row, ...chunk, row, token],
        )
      }
      return true
    },
    // The entries first, while the row is stale: were the row to stay (a newer mark), its render
    // writes them again. Then the row, and last any entry a render of the same mark (another
    // process) wrote between the two, which has no row now to be served with.
    removeIfStill: async (story, token) => {
      await run(
        `DELETE FROM ${ENTRIES} WHERE (story_id = ? AND EXISTS (SELECT 1 FROM ${TABLE} d WHERE d.story_id = ? AND d.stale_token = ?)) OR story_id IS NULL`,
        [story, story, token],
      )
      await run(
        `DELETE FROM ${TABLE} WHERE (story_id = ? AND stale_token = ?) OR story_id IS NULL`,
        [story, token],
      )
      await run(
        `DELETE FROM ${ENTRIES} WHERE story_id = ? AND NOT EXISTS (SELECT 1 FROM ${TABLE} d WHERE d.story_id = ?)`,
        [story, story],
      )
    },
    // A range of rows per statement, so that no statement holds the connection (on SQLite, the
    // event loop) for long: the whole check reads every row, once per start, in the background.
    relistMissing: async () => {
      const [bounds] = await run(`SELECT min(id) AS low, max(id) AS high FROM ${TABLE}`, [])
      const [low, high] = [Number(bounds?.low), Number(bounds?.high)]
      let marked = 0
      for (let from = low; from <= high; from += ROWS_PER_CHECK) {
        const rows = await run(
          `SELECT d.story_id FROM ${TABLE} d WHERE d.id >= ? AND d.id < ? AND ${mislisted(isFalse)}`,
          [from, from + ROWS_PER_CHECK],
        )
        for (const row of rows) {
          await run(sql.upsertStale, [row.story_id, randomUUID()])
          marked += 1
        }
      }
      return marked
    },
    addMissing: async () =>
      (
        await run(
          `INSERT INTO ${TABLE} (story_id, is_stale, stale_token) SELECT a.id, ${isTrue}, 'first' FROM articles a WHERE a._status = 'published' AND NOT EXISTS (SELECT 1 FROM ${TABLE} d WHERE d.story_id = a.id) RETURNING id`,
          [],
        )
      ).length,
  }
}

/** The read model's store for the database Payload runs on. */
export const deliveryStore = (payload: Payload): DeliveryStore => {
  const sqlite = sqliteDeliveryExecutor(payload)
  if (sqlite) return sqlDeliveryStore(sqlite)
  const postgres = postgresDeliveryExecutor(payload)
  if (postgres) return sqlDeliveryStore(postgres)
  return mongoDeliveryStore(payload)
}
