/**
 * The floor's search: the same full-text query the CMS makes on the same index (the FTS5 table on
 * SQLite, the tsvector on PostgreSQL), written by hand, answering the page's rows as JSON. The
 * query's words are read by the same pure parser (src/domain/search); no passage is cut.
 */
import { parseSearchQuery } from '../../src/domain/search/searchQuery'
import type { FloorDb } from './db'

const COLUMNS =
  'd.story_id, d.slug, d.headline, d.standfirst, d.body, d.quotes, d.names, d.section, d.published_at'

/** `GET /search?q=…`: the ten best published matches, as the CMS's first page. */
export const searchStories = async (db: FloorDb, q: string, limit = 10): Promise<unknown> => {
  const parsed = parseSearchQuery(q)
  if (!parsed.ok) return { errors: [{ message: parsed.problem }] }
  const { terms } = parsed.query
  if (db.kind === 'sqlite') {
    const match = terms.map((term) => `"${term.words.join(' ')}"`).join(' AND ')
    const docs = await db.all(
      `SELECT ${COLUMNS}, -bm25(search_fts, 10.0, 5.0, 1.0, 2.0, 4.0) AS score FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid WHERE search_fts MATCH ? AND d.is_published = 1 ORDER BY score DESC, d.story_id DESC LIMIT ${limit + 1}`,
      [match],
    )
    return { docs: docs.slice(0, limit), hasNextPage: docs.length > limit }
  }
  const tsquery = terms
    .map((term) =>
      term.isPhrase
        ? `phraseto_tsquery('english'::regconfig, ?)`
        : `plainto_tsquery('english'::regconfig, ?)`,
    )
    .join(' && ')
  const docs = await db.all(
    `SELECT ${COLUMNS}, ts_rank_cd(d.search_vector, q.query, 1)::float8 AS score FROM search_documents d, (SELECT ${tsquery} AS query) q WHERE d.search_vector @@ q.query AND d.is_published = true ORDER BY score DESC, d.story_id DESC LIMIT ${limit + 1}`,
    terms.map((term) => term.words.join(' ')),
  )
  return { docs: docs.slice(0, limit), hasNextPage: docs.length > limit }
}
