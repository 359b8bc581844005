/**
 * The floor's reads: the same lookups Payload makes for a reader, written by hand with the same
 * driver and a handful of queries, answering the same JSON.
 */
import type { FloorDb, Row } from './db'
import { articleJson, num, organizationJson, page, personJson, sectionJson, tagJson } from './shape'
import type { JoinList } from './shape'

/** How many ids a join field lists in a populated document (Payload's default). */
const JOIN_LIMIT = 10

/**
 * Whether a populated tag, person or organisation carries its join lists (the articles linking
 * to it, sub-organisations). It mirrors `defaultPopulate` in collections/Tags.ts, People.ts and
 * Organizations.ts, which leave them out; the self-check test fails when the two disagree.
 */
const POPULATED_JOIN_LISTS = false

const placeholders = (values: unknown[]): string => values.map(() => '?').join(', ')

const groupBy = (rows: Row[], key: string): Map<number, Row[]> => {
  const groups = new Map<number, Row[]>()
  for (const row of rows) {
    const id = Number(row[key])
    groups.set(id, [...(groups.get(id) ?? []), row])
  }
  return groups
}

const byIds = async (db: FloorDb, table: string, ids: number[]): Promise<Map<number, Row>> => {
  if (ids.length === 0) return new Map()
  const rows = await db.all(`SELECT * FROM ${table} WHERE id IN (${placeholders(ids)})`, ids)
  return new Map(rows.map((row) => [Number(row.id), row]))
}

const aliasesOf = async (db: FloorDb, table: string, ids: number[]) => {
  if (ids.length === 0) return new Map<number, string[]>()
  const rows = await db.all(
    `SELECT parent_id, text FROM ${table}_texts WHERE path = 'aliases' AND parent_id IN (${placeholders(ids)}) ORDER BY "order"`,
    ids,
  )
  const aliases = new Map<number, string[]>()
  for (const row of rows) {
    const id = Number(row.parent_id)
    aliases.set(id, [...(aliases.get(id) ?? []), String(row.text)])
  }
  return aliases
}

/** The newest published articles linking to `id` (as a join field lists them), one query each. */
const articlesLinking = async (db: FloorDb, path: string, column: string, id: number) => {
  const rows = await db.all(
    `SELECT a.id FROM articles a JOIN articles_rels r ON r.parent_id = a.id
     WHERE r.path = ? AND r.${column} = ? AND a._status = 'published'
     ORDER BY a.updated_at DESC LIMIT ${JOIN_LIMIT + 1}`,
    [path, id],
  )
  return joinList(rows)
}

const joinList = (rows: Row[]): JoinList => ({
  docs: rows.slice(0, JOIN_LIMIT).map((row) => Number(row.id)),
  hasNextPage: rows.length > JOIN_LIMIT,
})

const EMPTY_JOIN: JoinList = { docs: [], hasNextPage: false }

/**
 * The linked tags, people, organisations and sections of `rels`, populated as at depth 1, with
 * their join lists unless `withJoins` is false (`joins=false`).
 */
const populate = async (db: FloorDb, rels: Row[], sectionIds: number[], withJoins: boolean) => {
  const joinsFor = async (ids: number[], load: (id: number) => Promise<JoinList>) =>
    new Map(
      withJoins ? await Promise.all(ids.map(async (id) => [id, await load(id)] as const)) : [],
    )
  const fallback = withJoins ? EMPTY_JOIN : undefined
  const idsOf = (column: string) => [
    ...new Set(rels.filter((rel) => rel[column] != null).map((rel) => Number(rel[column]))),
  ]
  const tagIds = idsOf('tags_id')
  const personIds = idsOf('people_id')
  const organizationIds = idsOf('organizations_id')
  const [tags, people, organizations, sections] = await Promise.all([
    byIds(db, 'tags', tagIds),
    byIds(db, 'people', personIds),
    byIds(db, 'organizations', organizationIds),
    byIds(db, 'sections', sectionIds),
  ])
  const [tagAliases, personAliases, organizationAliases, positions] = await Promise.all([
    aliasesOf(db, 'tags', tagIds),
    aliasesOf(db, 'people', personIds),
    aliasesOf(db, 'organizations', organizationIds),
    personIds.length === 0
      ? Promise.resolve([])
      : db.all(
          `SELECT * FROM people_positions WHERE _parent_id IN (${placeholders(personIds)}) ORDER BY _order`,
          personIds,
        ),
  ])
  const [tagArticles, personArticles, organizationArticles, suborganizations] = await Promise.all([
    joinsFor(tagIds, (id) => articlesLinking(db, 'tags', 'tags_id', id)),
    joinsFor(personIds, (id) => articlesLinking(db, 'people', 'people_id', id)),
    joinsFor(organizationIds, (id) => articlesLinking(db, 'organizations', 'organizations_id', id)),
    joinsFor(organizationIds, async (id) =>
      joinList(
        await db.all(
          `SELECT id FROM organizations WHERE parent_id = ? ORDER BY name LIMIT ${JOIN_LIMIT + 1}`,
          [id],
        ),
      ),
    ),
  ])
  const positionsByPerson = groupBy(positions, '_parent_id')
  return {
    tag: (id: number) => {
      const row = tags.get(id)
      return row ? tagJson(row, tagAliases.get(id) ?? [], tagArticles.get(id) ?? fallback) : id
    },
    person: (id: number) => {
      const row = people.get(id)
      return row
        ? personJson(
            row,
            personAliases.get(id) ?? [],
            positionsByPerson.get(id) ?? [],
            personArticles.get(id) ?? fallback,
          )
        : id
    },
    organization: (id: number) => {
      const row = organizations.get(id)
      return row
        ? organizationJson(
            row,
            organizationAliases.get(id) ?? [],
            suborganizations.get(id) ?? fallback,
            organizationArticles.get(id) ?? fallback,
          )
        : id
    },
    section: (id: null | number) => {
      const row = id == null ? undefined : sections.get(id)
      return row ? sectionJson(row) : id
    },
  }
}

const RELATION_COLUMNS: Record<string, string> = {
  tags: 'tags_id',
  people: 'people_id',
  organizations: 'organizations_id',
  authors: 'people_id',
  sourceAgencies: 'organizations_id',
}

/** Articles rows with their links and arrays, at depth 0 (ids) or 1 (linked documents). */
const withParts = async (db: FloorDb, rows: Row[], depth: 0 | 1, withJoins = true) => {
  if (rows.length === 0) return []
  const ids = rows.map((row) => Number(row.id))
  const inIds = placeholders(ids)
  const [rels, relatedLinks, quotes, corrections] = await Promise.all([
    db.all(`SELECT * FROM articles_rels WHERE parent_id IN (${inIds}) ORDER BY "order"`, ids),
    db.all(
      `SELECT * FROM articles_related_links WHERE _parent_id IN (${inIds}) ORDER BY _order`,
      ids,
    ),
    db.all(`SELECT * FROM articles_quotes WHERE _parent_id IN (${inIds}) ORDER BY _order`, ids),
    db.all(
      `SELECT * FROM articles_corrections WHERE _parent_id IN (${inIds}) ORDER BY _order`,
      ids,
    ),
  ])
  const sectionIds = rows.flatMap((row) => (row.section_id == null ? [] : [Number(row.section_id)]))
  const populated = depth === 1 ? await populate(db, rels, sectionIds, withJoins) : null
  const relsByArticle = groupBy(rels, 'parent_id')
  const linksByArticle = groupBy(relatedLinks, '_parent_id')
  const quotesByArticle = groupBy(quotes, '_parent_id')
  const correctionsByArticle = groupBy(corrections, '_parent_id')
  return rows.map((row) => {
    const id = Number(row.id)
    const articleRels = relsByArticle.get(id) ?? []
    const linked = (path: string, toJson?: (id: number) => unknown) =>
      articleRels
        .filter((rel) => rel.path === path)
        .map((rel) => Number(rel[RELATION_COLUMNS[path] as string]))
        .map((linkedId) => (toJson ? toJson(linkedId) : linkedId))
    return articleJson(row, {
      tags: linked('tags', populated?.tag),
      people: linked('people', populated?.person),
      organizations: linked('organizations', populated?.organization),
      authors: linked('authors', populated?.person),
      sourceAgencies: linked('sourceAgencies', populated?.organization),
      section: populated ? populated.section(num(row.section_id)) : num(row.section_id),
      relatedLinks: linksByArticle.get(id) ?? [],
      quotes: quotesByArticle.get(id) ?? [],
      corrections: correctionsByArticle.get(id) ?? [],
    })
  })
}

/** `GET /api/articles?where[slug][equals]=…&depth=1` (and `&joins=false`) for a reader. */
export const articleBySlug = async (
  db: FloorDb,
  slug: string,
  withJoins = POPULATED_JOIN_LISTS,
) => {
  const limit = 10
  const rows = await db.all(
    `SELECT * FROM articles WHERE slug = ? AND _status = 'published' ORDER BY updated_at DESC LIMIT ${limit}`,
    [slug],
  )
  // A first page shorter than the limit is the whole result: no count query needed.
  return page(await withParts(db, rows, 1, withJoins), rows.length, limit)
}

/** `GET /api/articles?where[section][equals]=…&sort=-publishedAt&limit=20&depth=0`. */
export const latestInSection = async (db: FloorDb, sectionId: number, limit = 20) => {
  const [rows, counted] = await Promise.all([
    db.all(
      `SELECT * FROM articles WHERE section_id = ? AND _status = 'published' ORDER BY published_at DESC LIMIT ${limit}`,
      [sectionId],
    ),
    db.all(
      `SELECT count(*) AS total FROM articles WHERE section_id = ? AND _status = 'published'`,
      [sectionId],
    ),
  ])
  return page(await withParts(db, rows, 0), Number(counted[0]?.total ?? 0), limit)
}
