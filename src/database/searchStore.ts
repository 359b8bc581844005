import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { CursorPosition, SearchAudience } from '../domain/search/cursor'
import type { SearchDocument, SearchText } from '../domain/search/searchDocument'
import type { SearchFilters } from '../domain/search/searchRequest'
import type { SearchQuery } from '../domain/search/searchQuery'
import { barEntries } from '../domain/search/searchDocument'
import { indexText } from '../domain/search/words'
import { ROWS_PER_STATEMENT, staleFlag } from './deliveryStore'
import type { SqlExecutor } from './deliveryStore'
import { mongoSearchStore } from './mongodb/searchStore'
import { postgresSearchDialect } from './postgres/searchIndex'
import { sqliteSearchDialect } from './sqlite/searchIndex'

export type StoryId = number | string
export type RowId = number | string

/** A row written for a story: whose text it is. */
export interface SearchRowInput {
  document: SearchDocument
  /** Readers' text (the story is live). */
  isPublished: boolean
  /** Staff's text (the story's newest version). */
  isLatest: boolean
}

/** One search result as stored: the row's text and filters, and how well it matched. */
export interface SearchHit {
  story: StoryId
  slug: null | string
  text: SearchText
  section: null | string
  publishedAt: null | string
  isPublished: boolean
  /** Higher is better; only comparable within one search. */
  score: number
}

export interface StoreSearch {
  query: SearchQuery
  filters: SearchFilters
  audience: SearchAudience
  after?: CursorPosition
  limit: number
}

/** A stale row's text with its links' names as they are now. */
export type RefreshedRow = Pick<SearchDocument, 'indexed' | 'people' | 'section' | 'tags' | 'text'>

/** A row whose links' names changed, to be indexed again with their new names. */
export interface StaleRow {
  row: RowId
  /** The mark it was made stale with. */
  mark: string
  links: string
  text: SearchText
}

/**
 * The search index's storage (collections/SearchDocuments.ts) on each database's own engine.
 * Writes that take `req` run in the write's transaction; the rest on their own.
 */
export interface SearchStore {
  /** The engine's index exists and holds every row (after a schema push emptied it, refilled). */
  ensureIndex: () => Promise<void>
  /** In the write's transaction: the story's rows are exactly `rows`. */
  writeStory: (req: PayloadRequest, story: StoryId, rows: SearchRowInput[]) => Promise<void>
  /** In the write's transaction: staff's text is `document`; readers' row, if any, is kept. */
  writeLatest: (req: PayloadRequest, story: StoryId, document: SearchDocument) => Promise<void>
  /** In the write's transaction: the story is no longer found. */
  removeStory: (req: PayloadRequest, story: StoryId) => Promise<void>
  /** In the write's transaction, one statement: every row linking `link` (`people:7`) is stale. */
  markLinking: (req: PayloadRequest, link: string, mark: string) => Promise<void>
  staleRows: (limit: number) => Promise<StaleRow[]>
  /**
   * Writes a stale row's new names and filters and clears its mark, if the row still carries the
   * mark and links it was read with: a story write since then wrote the row anew, names and all;
   * a newer mark leaves it for the next refresh. Whether it wrote.
   */
  refreshRow: (stale: StaleRow, refreshed: RefreshedRow) => Promise<boolean>
  /** Stories with no row at all: a database filled without hooks, or rebuilt. */
  storiesWithoutRows: (limit: number) => Promise<StoryId[]>
  /**
   * Gives rows with no entries of their links those entries: a database a development schema
   * push brought up to date (it adds the table empty; the migration fills it), or rows a process
   * on the old code wrote while a rolling deploy migrated. Reads every row's id, so it runs in the
   * background as a server starts (src/search/start.ts), not before it answers.
   */
  linkMissing: () => Promise<void>
  /** Empties the index (the rebuild). */
  clear: () => Promise<void>
  search: (search: StoreSearch) => Promise<SearchHit[]>
}

/** What differs between SQL dialects: how a row's folded text is indexed and matched. */
export interface SearchDialect extends Pick<SqlExecutor, 'byIndex' | 'isFalse' | 'isTrue' | 'run'> {
  /** The engine's index, created if missing; true when it was (it then needs filling). */
  createIndex: () => Promise<boolean>
  /** Rows the engine has indexed, to tell an index emptied under the rows. */
  indexedCount: () => Promise<number>
  /** Indexes rows just written, by their folded text (an FTS entry, a tsvector). */
  indexRows: (
    rows: Array<{ id: RowId; indexed: SearchText }>,
    req?: PayloadRequest,
  ) => Promise<void>
  /** Before rows are deleted: `where` picks them in `search_documents d`. */
  unindexRows: (where: string, params: unknown[], req?: PayloadRequest) => Promise<void>
  /** Empties the engine's own index. */
  clearIndex: () => Promise<void>
  /** How a query is matched and scored against `search_documents d` (higher score is better). */
  match: (query: SearchQuery) => { from: string; where: string; score: string; params: unknown[] }
}

const TABLE = 'search_documents'
/**
 * The `linked` array's rows (collections/SearchDocuments.ts): `_parent_id` is the row's id. They go
 * with their row: the foreign key cascades (libSQL and PostgreSQL both enforce it).
 */
const LINKED = 'search_documents_linked'
const TEXT_COLUMNS = ['headline', 'standfirst', 'body', 'quotes', 'names'] as const
const ROW_COLUMNS = [
  'story_id',
  'is_published',
  'is_latest',
  'is_stale',
  'slug',
  ...TEXT_COLUMNS,
  'section',
  'tags',
  'people',
  'links',
  'dated_at',
  'published_at',
]

const asText = (value: unknown): string => (typeof value === 'string' ? value : '')
const asInstant = (value: unknown): null | string =>
  value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : null

const textOf = (row: Record<string, unknown>): SearchText => ({
  headline: asText(row.headline),
  standfirst: asText(row.standfirst),
  body: asText(row.body),
  quotes: asText(row.quotes),
  names: asText(row.names),
})

/** `%|value|%`: a whole entry of a `|a|b|` list. */
const listEntry = (value: string) => `%|${value.replace(/[%_|]/g, '')}|%`

/** The search index in a SQL database: the same statements, a dialect for the engine. */
export const sqlSearchStore = (dialect: SearchDialect): SearchStore => {
  const { run, isTrue, isFalse } = dialect
  const bool = (value: boolean) => (value ? isTrue : isFalse)
  // As the read model finds its stale rows (src/database/deliveryStore.ts).
  const byStaleIndex = dialect.byIndex('search_documents_is_stale_idx')
  const isStale = staleFlag(dialect)

  /** One row's values, in ROW_COLUMNS order. */
  const rowValues = (story: StoryId, input: SearchRowInput) => {
    const { document } = input
    const params = [
      story,
      document.slug,
      ...TEXT_COLUMNS.map((column) => document.text[column]),
      document.section,
      document.tags,
      document.people,
      document.links,
      document.datedAt,
      document.publishedAt,
    ]
    const sql = [
      '?',
      bool(input.isPublished),
      bool(input.isLatest),
      isFalse,
      ...Array(ROW_COLUMNS.length - 4).fill('?'),
    ]
    return { sql: `(${sql.join(', ')})`, params }
  }
  const columnList = ROW_COLUMNS.join(', ')

  /** Each row's links as entries of the side table (several statements for a long list). */
  const insertLinked = async (rows: Array<{ id: RowId; links: string }>, req?: PayloadRequest) => {
    const linked = rows.flatMap((row) =>
      barEntries(row.links).map((link, index) => [index + 1, row.id, randomUUID(), link]),
    )
    for (let start = 0; start < linked.length; start += ROWS_PER_STATEMENT) {
      const chunk = linked.slice(start, start + ROWS_PER_STATEMENT)
      await run(
        `INSERT INTO ${LINKED} (_order, _parent_id, id, link) VALUES ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`,
        chunk.flat(),
        req,
      )
    }
  }

  const insertRows = async (story: StoryId, rows: SearchRowInput[], req: PayloadRequest) => {
    if (rows.length === 0) return
    const values = rows.map((row) => rowValues(story, row))
    const inserted = await run(
      `INSERT INTO ${TABLE} (${columnList}) VALUES ${values.map((v) => v.sql).join(', ')} RETURNING id, is_published, is_latest`,
      values.flatMap((v) => v.params),
      req,
    )
    const documentOf = (row: Record<string, unknown>) =>
      rows.find(
        (input) =>
          input.isPublished === Boolean(Number(row.is_published) || row.is_published === true) &&
          input.isLatest === Boolean(Number(row.is_latest) || row.is_latest === true),
      )!.document
    const written = inserted.map((row) => ({ id: row.id as RowId, document: documentOf(row) }))
    await dialect.indexRows(
      written.map(({ id, document }) => ({ id, indexed: document.indexed })),
      req,
    )
    await insertLinked(
      written.map(({ id, document }) => ({ id, links: document.links })),
      req,
    )
  }

  const deleteWhere = async (where: string, params: unknown[], req?: PayloadRequest) => {
    await dialect.unindexRows(where, params, req)
    await run(
      `DELETE FROM ${TABLE} WHERE id IN (SELECT d.id FROM ${TABLE} d WHERE ${where})`,
      params,
      req,
    )
  }
  // A deleted story's rows may have lost their link to it already (the link is set to null).
  const ofStory = 'd.story_id = ? OR d.story_id IS NULL'

  return {
    ensureIndex: async () => {
      const isNew = await dialect.createIndex()
      const [row] = await run(`SELECT count(*) AS total FROM ${TABLE}`, [])
      const total = Number(row?.total ?? 0)
      if (!isNew && (await dialect.indexedCount()) === total) return
      // The index was emptied under its rows (a development schema push): index them again.
      await dialect.clearIndex()
      let lastId: RowId = 0
      for (;;) {
        const rows = await run(
          `SELECT id, ${TEXT_COLUMNS.join(', ')} FROM ${TABLE} WHERE id > ? ORDER BY id LIMIT 500`,
          [lastId],
        )
        if (rows.length === 0) return
        const indexed = rows.map((row) => {
          const text = textOf(row)
          return {
            id: row.id as RowId,
            indexed: Object.fromEntries(
              TEXT_COLUMNS.map((column) => [column, indexText(text[column])]),
            ) as unknown as SearchText,
          }
        })
        await dialect.indexRows(indexed)
        lastId = rows[rows.length - 1]!.id as RowId
      }
    },
    writeStory: async (req, story, rows) => {
      await deleteWhere(ofStory, [story], req)
      await insertRows(story, rows, req)
    },
    writeLatest: async (req, story, document) => {
      await deleteWhere(`d.story_id = ? AND d.is_published = ${isFalse}`, [story], req)
      await run(`UPDATE ${TABLE} SET is_latest = ${isFalse} WHERE story_id = ?`, [story], req)
      await insertRows(story, [{ document, isPublished: false, isLatest: true }], req)
    },
    removeStory: async (req, story) => {
      await deleteWhere(ofStory, [story], req)
    },
    markLinking: async (req, link, mark) => {
      await run(
        `UPDATE ${TABLE} SET is_stale = ${isTrue}, stale_mark = ? WHERE id IN (SELECT _parent_id FROM ${LINKED} WHERE link = ?)`,
        [mark, link],
        req,
      )
    },
    staleRows: async (limit) =>
      (
        await run(
          `SELECT id, stale_mark, links, ${TEXT_COLUMNS.join(', ')} FROM ${TABLE} ${byStaleIndex} WHERE ${isStale} ORDER BY is_stale, id LIMIT ${Number(limit)}`,
          [],
        )
      ).map((row) => ({
        row: row.id as RowId,
        mark: asText(row.stale_mark),
        links: asText(row.links),
        text: textOf(row),
      })),
    refreshRow: async (stale, refreshed) => {
      const updated = await run(
        `UPDATE ${TABLE} SET is_stale = ${isFalse}, names = ?, section = ?, tags = ?, people = ? WHERE id = ? AND links = ? AND stale_mark = ? RETURNING id`,
        [
          refreshed.text.names,
          refreshed.section,
          refreshed.tags,
          refreshed.people,
          stale.row,
          stale.links,
          stale.mark,
        ],
      )
      if (updated.length === 0) return false
      await dialect.indexRows([{ id: stale.row, indexed: refreshed.indexed }])
      return true
    },
    // Picked from indexes alone (on SQLite the flag's, the narrowest that holds every id: 55 ms at
    // 100 000 rows where the table took 400-950; 320 ms on PostgreSQL), so only the rows that link
    // nothing are read each time.
    linkMissing: async () => {
      for (let lastId: RowId = 0; ;) {
        const missing = await run(
          `SELECT d.id, d.links FROM ${TABLE} d WHERE d.id IN (SELECT r.id FROM ${TABLE} r ${byStaleIndex} WHERE r.id > ? AND NOT EXISTS (SELECT 1 FROM ${LINKED} l WHERE l._parent_id = r.id) ORDER BY r.id LIMIT 500) ORDER BY d.id`,
          [lastId],
        )
        if (missing.length === 0) return
        await insertLinked(
          missing.map((row) => ({ id: row.id as RowId, links: asText(row.links) })),
        )
        lastId = missing[missing.length - 1]!.id as RowId
      }
    },
    storiesWithoutRows: async (limit) =>
      (
        await run(
          `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM ${TABLE} d WHERE d.story_id = a.id) ORDER BY a.id LIMIT ${Number(limit)}`,
          [],
        )
      ).map((row) => row.id as StoryId),
    clear: async () => {
      await dialect.clearIndex()
      await run(`DELETE FROM ${TABLE}`, [])
    },
    search: async ({ query, filters, audience, after, limit }) => {
      const match = dialect.match(query)
      const where = [
        match.where,
        'd.story_id IS NOT NULL',
        audience === 'readers' ? `d.is_published = ${isTrue}` : `d.is_latest = ${isTrue}`,
      ]
      const params = [...match.params]
      if (filters.section) {
        where.push('d.section = ?')
        params.push(filters.section)
      }
      for (const [column, slug] of [
        ['tags', filters.tag],
        ['people', filters.person],
      ] as const) {
        if (!slug) continue
        where.push(`d.${column} LIKE ?`)
        params.push(listEntry(slug))
      }
      if (filters.from) {
        where.push('d.dated_at >= ?')
        params.push(filters.from)
      }
      if (filters.until) {
        where.push('d.dated_at < ?')
        params.push(filters.until)
      }
      const keyset = after ? 'WHERE r.score < ? OR (r.score = ? AND r.story_id < ?)' : ''
      if (after) params.push(after.score, after.score, after.story)
      const rows = await run(
        `SELECT r.* FROM (SELECT d.story_id, d.slug, ${TEXT_COLUMNS.map((c) => `d.${c}`).join(', ')}, d.section, d.published_at, d.is_published, ${match.score} AS score FROM ${match.from} WHERE ${where.join(' AND ')}) r ${keyset} ORDER BY r.score DESC, r.story_id DESC LIMIT ${Number(limit)}`,
        params,
      )
      return rows.map((row) => ({
        story: row.story_id as StoryId,
        slug: typeof row.slug === 'string' ? row.slug : null,
        text: textOf(row),
        section: typeof row.section === 'string' ? row.section : null,
        publishedAt: asInstant(row.published_at),
        isPublished: row.is_published === true || Number(row.is_published) === 1,
        score: Number(row.score),
      }))
    },
  }
}

/** The search index's store for the database Payload runs on. */
export const searchStore = (payload: Payload): SearchStore => {
  const sqlite = sqliteSearchDialect(payload)
  if (sqlite) return sqlSearchStore(sqlite)
  const postgres = postgresSearchDialect(payload)
  if (postgres) return sqlSearchStore(postgres)
  return mongoSearchStore(payload)
}
