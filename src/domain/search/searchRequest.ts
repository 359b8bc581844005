import { parseSearchQuery } from './searchQuery'
import type { SearchQuery } from './searchQuery'

export const DEFAULT_SEARCH_LIMIT = 10
export const MAX_SEARCH_LIMIT = 50

/** What a search is narrowed to: a section, tag and person by slug, a publication window. */
export interface SearchFilters {
  section?: string
  tag?: string
  person?: string
  /** ISO instants: from (inclusive) and until (exclusive). */
  from?: string
  until?: string
}

export interface SearchRequest {
  query: SearchQuery
  filters: SearchFilters
  limit: number
  /** The cursor the previous page handed out, unread (it depends on who asks: cursor.ts). */
  cursor?: string
}

export type ParsedRequest = { ok: true; request: SearchRequest } | { ok: false; problems: string[] }

/** The parameters a search takes (REST query parameters, GraphQL arguments). */
export const SEARCH_PARAMETERS = [
  'q',
  'section',
  'tag',
  'person',
  'from',
  'to',
  'limit',
  'cursor',
] as const
type Parameter = (typeof SEARCH_PARAMETERS)[number]

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SLUG_LENGTH = 200
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/
const EARLIEST = Date.UTC(1800, 0, 1)
const LATEST = Date.UTC(2200, 0, 1)
const ONE_DAY_MS = 86_400_000

/** A day (`2026-03-01`, midnight UTC) or an instant with its offset, as milliseconds. */
const readMoment = (text: string): null | { ms: number; isDay: boolean } => {
  const day = DAY.exec(text)
  if (day) {
    const ms = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
    // Date.UTC rolls 2026-02-30 over to March: such a day does not exist.
    const isReal = new Date(ms).toISOString().startsWith(text)
    return isReal && ms >= EARLIEST && ms < LATEST ? { ms, isDay: true } : null
  }
  if (!INSTANT.test(text)) return null
  const ms = Date.parse(text)
  return Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST ? { ms, isDay: false } : null
}

/**
 * Reads a search's parameters: `q` (required), `section`, `tag`, `person` (slugs), `from` and
 * `to` (a day, both ends included, or an instant), `limit` (1–50) and `cursor`. Each problem is
 * said, naming its parameter; parameters it does not know are left alone.
 */
export const parseSearchRequest = (parameters: Partial<Record<string, unknown>>): ParsedRequest => {
  const problems: string[] = []
  const text = (name: Parameter): string | undefined => {
    const value = parameters[name]
    if (value === undefined || value === null) return undefined
    if (Array.isArray(value)) {
      problems.push(`${name} is given ${value.length} times; give it once`)
      return undefined
    }
    if (typeof value !== 'string') {
      problems.push(`${name} must be text`)
      return undefined
    }
    return value
  }

  const q = text('q')
  let query: SearchQuery | undefined
  if (q === undefined) {
    if (parameters.q == null) problems.push('q is required: the words to search for')
  } else {
    const parsed = parseSearchQuery(q)
    if (parsed.ok) query = parsed.query
    else problems.push(parsed.problem)
  }

  const filters: SearchFilters = {}
  for (const name of ['section', 'tag', 'person'] as const) {
    const slug = text(name)
    if (slug === undefined) continue
    if (slug.length > MAX_SLUG_LENGTH || !SLUG.test(slug)) {
      problems.push(`${name} must be a slug, such as "world" (lowercase letters, digits, hyphens)`)
    } else filters[name] = slug
  }

  const from = text('from')
  const to = text('to')
  const start = from === undefined ? undefined : readMoment(from)
  const end = to === undefined ? undefined : readMoment(to)
  const momentHint = 'a day such as 2026-03-01, or an instant such as 2026-03-01T09:30:00Z'
  if (start === null) problems.push(`from must be ${momentHint}`)
  if (end === null) problems.push(`to must be ${momentHint}`)
  if (start) filters.from = new Date(start.ms).toISOString()
  // A day given as `to` is included whole.
  if (end) filters.until = new Date(end.isDay ? end.ms + ONE_DAY_MS : end.ms + 1).toISOString()
  if (start && end && filters.from! >= filters.until!) problems.push('from is after to')

  let limit = DEFAULT_SEARCH_LIMIT
  const limitText = text('limit')
  if (limitText !== undefined) {
    const value = /^\d{1,3}$/.test(limitText) ? Number(limitText) : NaN
    if (!(value >= 1 && value <= MAX_SEARCH_LIMIT)) {
      problems.push(`limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}`)
    } else limit = value
  }

  const cursor = text('cursor')
  if (problems.length > 0 || !query) return { ok: false, problems }
  return { ok: true, request: { query, filters, limit, ...(cursor ? { cursor } : {}) } }
}
