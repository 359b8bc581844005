import type { CollectionBeforeOperationHook, Where } from 'payload'

import { isStaffUser } from '../access/roles'
import { parseSearchQuery } from '../domain/search/searchQuery'
import { searchIndexOf } from './searchIndex'

/** The best matches the list is narrowed to: more than anyone pages through, bounded for `in`. */
const MAX_LIST_MATCHES = 500

type Condition = Record<string, unknown>

/** The text of the admin's list search box, when `where` is its condition, else null. */
const searchBoxText = (where: Where, fields: readonly string[]): null | string => {
  const branches = where.or
  if (Object.keys(where).length !== 1 || !Array.isArray(branches)) return null
  if (branches.length !== fields.length) return null
  let text: null | string = null
  for (const [index, branch] of branches.entries()) {
    const condition = branch as Condition
    const operators = condition[fields[index]!] as Condition | undefined
    const like = operators?.like
    if (Object.keys(condition).length !== 1 || typeof like !== 'string') return null
    if (text !== null && like !== text) return null
    text = like
  }
  return text
}

/** `where` with the search box's condition widened by `found`; null when there is none. */
const widen = (where: Where, fields: readonly string[], found: Where[]): null | Where => {
  if (searchBoxText(where, fields) !== null) return { or: [...found, ...(where.or ?? [])] }
  if (!Array.isArray(where.and)) return null
  let isWidened = false
  const and = where.and.map((branch) => {
    const widened = widen(branch, fields, found)
    if (widened) isWidened = true
    return widened ?? branch
  })
  return isWidened ? { ...where, and } : null
}

const findText = (where: Where, fields: readonly string[]): null | string =>
  searchBoxText(where, fields) ??
  (Array.isArray(where.and)
    ? (where.and.map((branch) => findText(branch, fields)).find((text) => text !== null) ?? null)
    : null)

/**
 * The admin's article list searches with full-text search. Payload's list search box asks for
 * `listSearchableFields` `like` the text (a part of the headline or slug); for staff, stories the
 * search index finds by their newest text (body, quotes, the names and aliases of what they link)
 * are listed too. The list keeps its own sort; a text that is no search query (an operator, a
 * lone quote) searches as before.
 */
export const searchTheArticleList =
  (fields: readonly string[]): CollectionBeforeOperationHook<'articles'> =>
  async ({ args, operation, req }) => {
    if (operation !== 'read' || !isStaffUser(req.user)) return args
    const { where } = args as { where?: Where }
    const text = where ? findText(where, fields) : null
    if (!where || text === null) return args
    const parsed = parseSearchQuery(text)
    if (!parsed.ok) return args
    const hits = await searchIndexOf(req.payload).store.search({
      query: parsed.query,
      filters: {},
      audience: 'staff',
      limit: MAX_LIST_MATCHES,
    })
    if (hits.length === 0) return args
    const found: Where[] = [{ id: { in: hits.map((hit) => hit.story) } }]
    return { ...args, where: widen(where, fields, found) ?? where }
  }
