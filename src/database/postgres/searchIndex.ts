import type { postgresAdapter } from '@payloadcms/db-postgres'
import { customType, index as postgresIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'

import type { SearchQuery } from '../../domain/search/searchQuery'
import type { SearchDialect } from '../searchStore'
import { postgresDeliveryExecutor } from './deliveryExecutor'

const TABLE = 'search_documents'
const VECTOR_INDEX = 'search_documents_search_vector_idx'

/**
 * The text search configuration: English stemming and stop words (the engines' one language;
 * SQLite's FTS5 stems with Porter). The words arrive folded (src/domain/search/words.ts), so
 * "Erdoğan" and "Erdogan" are one word without the unaccent extension.
 */
const CONFIG = `'english'::regconfig`

/** A row's folded text as one weighted tsvector: headline A, standfirst and names B, quotes C, body D. */
const VECTOR = [
  `setweight(to_tsvector(${CONFIG}, ?), 'A')`,
  `setweight(to_tsvector(${CONFIG}, ?), 'B')`,
  `setweight(to_tsvector(${CONFIG}, ?), 'D')`,
  `setweight(to_tsvector(${CONFIG}, ?), 'C')`,
  `setweight(to_tsvector(${CONFIG}, ?), 'B')`,
].join(' || ')

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

type PostgresSchemaHook = NonNullable<
  Parameters<typeof postgresAdapter>[0]['afterSchemaInit']
>[number]

/**
 * A PostgreSQL schema hook: the search rows get their tsvector column and its GIN index. In
 * Payload's schema, so a development push makes them and the migration and its snapshot know
 * them (the drift check covers them).
 */
export const postgresSearchVector: PostgresSchemaHook = ({ schema, extendTable }) => {
  const table = schema.tables[TABLE]
  if (!table) return schema
  extendTable({
    table: table as never,
    columns: { searchVector: tsvector('search_vector') },
    extraConfig: (t) => ({
      [VECTOR_INDEX]: postgresIndex(VECTOR_INDEX).using('gin', t.searchVector),
    }),
  })
  return schema
}

/**
 * The query as a tsquery: each word (plainto_tsquery) and each phrase (phraseto_tsquery), all
 * required. Built from parameters, never from the query's text, so nothing in it is syntax.
 */
const tsquery = (query: SearchQuery): { sql: string; params: string[] } => ({
  sql: query.terms
    .map((term) =>
      term.isPhrase ? `phraseto_tsquery(${CONFIG}, ?)` : `plainto_tsquery(${CONFIG}, ?)`,
    )
    .join(' && '),
  params: query.terms.map((term) => term.words.join(' ')),
})

/** The search index on PostgreSQL: a weighted tsvector on each row, ranked by ts_rank_cd. */
export const postgresSearchDialect = (payload: Payload): null | SearchDialect => {
  const sql = postgresDeliveryExecutor(payload)
  if (!sql) return null
  const { run } = sql
  return {
    run,
    isTrue: sql.isTrue,
    isFalse: sql.isFalse,
    byIndex: sql.byIndex,
    // Part of Payload's schema: pushed or migrated with the rest.
    createIndex: async () => false,
    indexedCount: async () =>
      Number(
        (await run(`SELECT count(*) AS total FROM ${TABLE} WHERE search_vector IS NOT NULL`, []))[0]
          ?.total ?? 0,
      ),
    indexRows: async (rows, req) => {
      for (const { id, indexed } of rows) {
        await run(
          `UPDATE ${TABLE} SET search_vector = ${VECTOR} WHERE id = ?`,
          [indexed.headline, indexed.standfirst, indexed.body, indexed.quotes, indexed.names, id],
          req,
        )
      }
    },
    // The vector lives and dies with its row.
    unindexRows: async () => {},
    clearIndex: async () => {
      await run(`UPDATE ${TABLE} SET search_vector = NULL`, [])
    },
    match: (query) => {
      const q = tsquery(query)
      return {
        from: `${TABLE} d, (SELECT ${q.sql} AS query) q`,
        where: 'd.search_vector @@ q.query',
        // Normalised by the document's length (1 + log), as bm25 is on SQLite.
        score: 'ts_rank_cd(d.search_vector, q.query, 1)::float8',
        params: q.params,
      }
    },
  }
}
