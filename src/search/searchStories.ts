import type { PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import { readCursor, searchFingerprint, writeCursor } from '../domain/search/cursor'
import type { CursorPosition } from '../domain/search/cursor'
import { findPassage } from '../domain/search/passage'
import type { Passage } from '../domain/search/passage'
import { parseSearchRequest } from '../domain/search/searchRequest'
import { queryWords } from '../domain/search/searchQuery'
import { searchIndexOf } from './searchIndex'

/** One story found, as a results page shows it. */
export interface SearchResult {
  id: number | string
  slug: null | string
  headline: string
  standfirst: null | string
  /** The section's slug. */
  section: null | string
  publishedAt: null | string
  /** Of the text searched: always `published` for readers; for staff, the newest version's. */
  _status: 'draft' | 'published'
  /** How well it matched; higher is better, comparable within one search only. */
  score: number
  passage: null | Passage
}

export interface SearchResults {
  docs: SearchResult[]
  limit: number
  hasNextPage: boolean
  /** Give it as `cursor` for the next page; null on the last. */
  nextCursor: null | string
}

export type SearchOutcome = { ok: true; results: SearchResults } | { ok: false; problems: string[] }

/**
 * A search as `req`'s caller may make it: readers find the text readers are shown (published
 * stories, never a newer draft's words); staff find every story by its newest text. Best match
 * first, then the newest story; a page at a time.
 */
export const searchStories = async (
  req: PayloadRequest,
  parameters: Partial<Record<string, unknown>>,
): Promise<SearchOutcome> => {
  const parsed = parseSearchRequest(parameters)
  if (!parsed.ok) return parsed
  const { query, filters, limit, cursor } = parsed.request
  const audience = isStaffUser(req.user) ? 'staff' : 'readers'
  const fingerprint = searchFingerprint(query, filters, audience)
  let after: CursorPosition | undefined
  if (cursor !== undefined) {
    const read = readCursor(cursor, fingerprint)
    if (!read.ok) return { ok: false, problems: [read.problem] }
    after = read.position
  }
  const hits = await searchIndexOf(req.payload).store.search({
    query,
    filters,
    audience,
    after,
    limit: limit + 1,
  })
  const page = hits.slice(0, limit)
  const words = queryWords(query)
  const last = page[page.length - 1]
  return {
    ok: true,
    results: {
      docs: page.map((hit) => ({
        id: hit.story,
        slug: hit.slug,
        headline: hit.text.headline,
        standfirst: hit.text.standfirst || null,
        section: hit.section,
        publishedAt: hit.publishedAt,
        _status: hit.isPublished ? 'published' : 'draft',
        score: hit.score,
        passage: findPassage(hit.text, words),
      })),
      limit,
      hasNextPage: hits.length > limit,
      nextCursor:
        hits.length > limit && last
          ? writeCursor({ score: last.score, story: last.story }, fingerprint)
          : null,
    },
  }
}
