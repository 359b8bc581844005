/**
 * Rows to the JSON Payload's REST API answers for readers, field for field, so the floor sends
 * the same bytes' worth of work. Covers what the synthetic corpus holds (no lead image, quotes or
 * related links are populated: they stay ids, as the corpus has none).
 */
import type { Row } from './db'

const bool = (value: unknown): boolean => value === true || value === 1 || value === '1'

/** SQLite keeps ISO strings; pg hands back Date objects. */
export const date = (value: unknown): null | string =>
  value == null ? null : value instanceof Date ? value.toISOString() : String(value)

export const num = (value: unknown): null | number => (value == null ? null : Number(value))

export interface JoinList {
  docs: number[]
  hasNextPage: boolean
}

export const sectionJson = (row: Row) => ({
  id: num(row.id),
  name: row.name,
  generateSlug: bool(row.generate_slug),
  slug: row.slug,
  description: row.description ?? null,
  isSeeded: bool(row.is_seeded),
  updatedAt: date(row.updated_at),
  createdAt: date(row.created_at),
})

/** A join list left `undefined` (`joins=false`) drops out of the JSON, as Payload leaves it out. */
export const tagJson = (row: Row, aliases: string[], articles: JoinList | undefined) => ({
  id: num(row.id),
  name: row.name,
  generateSlug: bool(row.generate_slug),
  slug: row.slug,
  kind: row.kind,
  description: row.description ?? null,
  aliases,
  isSeeded: bool(row.is_seeded),
  articles,
  updatedAt: date(row.updated_at),
  createdAt: date(row.created_at),
})

export const personJson = (
  row: Row,
  aliases: string[],
  positions: Row[],
  articles: JoinList | undefined,
) => ({
  id: num(row.id),
  name: row.name,
  generateSlug: bool(row.generate_slug),
  slug: row.slug,
  aliases,
  description: row.description ?? null,
  pronoun: row.pronoun ?? null,
  positions: positions.map((position) => ({
    id: position.id,
    title: position.title,
    organization: num(position.organization_id),
    from: date(position.from),
    to: date(position.to),
  })),
  wikidataId: row.wikidata_id ?? null,
  isSeeded: bool(row.is_seeded),
  articles,
  updatedAt: date(row.updated_at),
  createdAt: date(row.created_at),
})

export const organizationJson = (
  row: Row,
  aliases: string[],
  suborganizations: JoinList | undefined,
  articles: JoinList | undefined,
) => ({
  id: num(row.id),
  name: row.name,
  generateSlug: bool(row.generate_slug),
  slug: row.slug,
  acronym: row.acronym ?? null,
  aliases,
  kind: row.kind,
  parent: num(row.parent_id),
  country: row.country ?? null,
  wikidataId: row.wikidata_id ?? null,
  isSeeded: bool(row.is_seeded),
  description: row.description ?? null,
  suborganizations,
  articles,
  updatedAt: date(row.updated_at),
  createdAt: date(row.created_at),
})

export interface ArticleParts {
  tags: unknown[]
  people: unknown[]
  organizations: unknown[]
  authors: unknown[]
  sourceAgencies: unknown[]
  section: unknown
  relatedLinks: Row[]
  quotes: Row[]
  corrections: Row[]
}

/** An article as an anonymous reader gets it (staff-only fields left out, as Payload does). */
export const articleJson = (row: Row, parts: ArticleParts) => ({
  id: num(row.id),
  headline: row.headline,
  generateSlug: bool(row.generate_slug),
  slug: row.slug,
  standfirst: row.standfirst ?? null,
  body: typeof row.body === 'string' ? JSON.parse(row.body) : (row.body ?? null),
  dateline: { place: row.dateline_place ?? null, filedAt: date(row.dateline_filed_at) },
  leadImage: num(row.lead_image_id),
  tags: parts.tags,
  people: parts.people,
  organizations: parts.organizations,
  relatedLinks: parts.relatedLinks.map((link) => ({
    id: link.id,
    article: num(link.article_id),
    title: link.title ?? null,
    url: link.url ?? null,
  })),
  quotes: parts.quotes.map((quote) => ({
    id: quote.id,
    text: quote.text ?? null,
    speaker: num(quote.speaker_id),
    attribution: quote.attribution ?? null,
    speakerDescription: quote.speaker_description ?? null,
    kind: quote.kind ?? null,
    paragraphIndex: num(quote.paragraph_index),
    start: num(quote.start),
    end: num(quote.end),
  })),
  section: parts.section,
  publishedAt: date(row.published_at),
  authors: parts.authors,
  sourceAgencies: parts.sourceAgencies,
  source: {
    reference: row.source_reference ?? null,
    url: row.source_url ?? null,
    timeZone: row.source_time_zone ?? null,
  },
  // Staff only: a reader's answer carries an empty list.
  importNotes: [],
  workflowStage: row.workflow_stage,
  corrections: parts.corrections.map((correction) => ({
    id: correction.id,
    text: correction.text ?? null,
    date: date(correction.date),
  })),
  isSeeded: bool(row.is_seeded),
  updatedAt: date(row.updated_at),
  createdAt: date(row.created_at),
  _status: row._status,
})

/** Payload's pagination fields for one page. */
export const page = <T>(docs: T[], totalDocs: number, limit: number) => {
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  return {
    docs,
    hasNextPage: totalPages > 1,
    hasPrevPage: false,
    limit,
    nextPage: totalPages > 1 ? 2 : null,
    page: 1,
    pagingCounter: 1,
    prevPage: null,
    totalDocs,
    totalPages,
  }
}
