import { createHash } from 'node:crypto'

import type { SearchFilters } from './searchRequest'
import type { SearchQuery } from './searchQuery'

/** Who is searching: readers search published text, staff the newest text of every story. */
export type SearchAudience = 'readers' | 'staff'

/** Where a page ended: its last result's score and story, the next page starts after them. */
export interface CursorPosition {
  score: number
  story: number | string
}

/** A short digest of what was searched, so a cursor is only ever used for the search it came from. */
export const searchFingerprint = (
  query: SearchQuery,
  filters: SearchFilters,
  audience: SearchAudience,
): string =>
  createHash('sha256')
    .update(JSON.stringify([query.terms, filters, audience]))
    .digest('base64url')
    .slice(0, 12)

/** The opaque cursor a page hands out for the next one. */
export const writeCursor = (position: CursorPosition, fingerprint: string): string =>
  Buffer.from(JSON.stringify({ s: position.score, i: position.story, f: fingerprint })).toString(
    'base64url',
  )

export type ReadCursor = { ok: true; position: CursorPosition } | { ok: false; problem: string }

/** A cursor read back, or why it cannot be used for this search. */
export const readCursor = (cursor: string, fingerprint: string): ReadCursor => {
  const refused = { ok: false as const, problem: 'cursor is not one this search handed out' }
  if (!/^[\w-]{1,200}$/.test(cursor)) return refused
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return refused
  }
  const { s, i, f } = (value ?? {}) as { s?: unknown; i?: unknown; f?: unknown }
  const isStory = (typeof i === 'number' && Number.isSafeInteger(i)) || typeof i === 'string'
  if (typeof s !== 'number' || !Number.isFinite(s) || !isStory) return refused
  if (f !== fingerprint) {
    return { ok: false, problem: 'cursor belongs to another search (its q or filters differ)' }
  }
  return { ok: true, position: { score: s, story: i as number | string } }
}
