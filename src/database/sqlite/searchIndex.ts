import { sql } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import type { SearchQuery } from '../../domain/search/searchQuery'
import type { SearchDialect } from '../searchStore'
import { sqliteDeliveryExecutor } from './deliveryExecutor'
import { aroundSqlitePush } from './push'

/** The FTS5 table beside `search_documents`, one entry per row (rowid = the row's id). */
export const SEARCH_FTS_TABLE = 'search_fts'

/**
 * Contentless: it keeps the index only, never a second copy of the text (the rows have it, and
 * passages are cut from them). It is given the folded words (src/domain/search/words.ts), then
 * stems them (Porter). Also in the SQLite migration that adds the search index.
 */
export const CREATE_SEARCH_FTS = `CREATE VIRTUAL TABLE IF NOT EXISTS ${SEARCH_FTS_TABLE} USING fts5(headline, standfirst, body, quotes, names, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2')`

/** bm25 column weights: headline, standfirst, body, quotes, names. */
const WEIGHTS = '10.0, 5.0, 1.0, 2.0, 4.0'

/**
 * The query as FTS5 reads it: each word or phrase in double quotes, all of them required. The
 * words hold letters and digits only (src/domain/search/words.ts), so nothing in them is syntax.
 */
export const ftsExpression = (query: SearchQuery): string =>
  query.terms.map((term) => `"${term.words.join(' ')}"`).join(' AND ')

/** The search index on SQLite: an FTS5 table written beside the rows, on the one connection. */
export const sqliteSearchDialect = (payload: Payload): null | SearchDialect => {
  const sql = sqliteDeliveryExecutor(payload)
  if (!sql) return null
  const { run } = sql
  return {
    run,
    isTrue: sql.isTrue,
    isFalse: sql.isFalse,
    byIndex: sql.byIndex,
    createIndex: async () => {
      const [found] = await run(`SELECT 1 AS found FROM sqlite_master WHERE name = ?`, [
        SEARCH_FTS_TABLE,
      ])
      if (found) return false
      await run(CREATE_SEARCH_FTS, [])
      return true
    },
    indexedCount: async () =>
      Number((await run(`SELECT count(*) AS total FROM ${SEARCH_FTS_TABLE}`, []))[0]?.total ?? 0),
    indexRows: async (rows) => {
      for (const { id, indexed } of rows) {
        await run(
          `INSERT OR REPLACE INTO ${SEARCH_FTS_TABLE} (rowid, headline, standfirst, body, quotes, names) VALUES (?, ?, ?, ?, ?, ?)`,
          [id, indexed.headline, indexed.standfirst, indexed.body, indexed.quotes, indexed.names],
        )
      }
    },
    unindexRows: async (where, params) => {
      await run(
        `DELETE FROM ${SEARCH_FTS_TABLE} WHERE rowid IN (SELECT d.id FROM search_documents d WHERE ${where})`,
        params,
      )
    },
    clearIndex: async () => {
      await run(`INSERT INTO ${SEARCH_FTS_TABLE} (${SEARCH_FTS_TABLE}) VALUES ('delete-all')`, [])
    },
    match: (query) => ({
      from: `${SEARCH_FTS_TABLE} JOIN search_documents d ON d.id = ${SEARCH_FTS_TABLE}.rowid`,
      where: `${SEARCH_FTS_TABLE} MATCH ?`,
      // bm25 is lower for a better match.
      score: `-bm25(${SEARCH_FTS_TABLE}, ${WEIGHTS})`,
      params: [ftsExpression(query)],
    }),
  }
}

/**
 * Outside production Payload pushes its schema with Drizzle on every start, and Drizzle drops the
 * tables it does not know, asking first when they hold rows: FTS5's would stop a development
 * server at a prompt. So the push never sees them: the FTS table is dropped just before it, and
 * the search index builds it again from the rows as the server starts (SearchStore.ensureIndex).
 * Production runs migrations, never a push, and keeps it.
 */
export const withSearchIndexOutOfPush = (adapter: DatabaseAdapterObj): DatabaseAdapterObj =>
  aroundSqlitePush(adapter, async (push, schema, drizzle, ...rest) => {
    await drizzle.run(sql.raw(`DROP TABLE IF EXISTS ${SEARCH_FTS_TABLE}`))
    return push(schema, drizzle, ...rest)
  })
