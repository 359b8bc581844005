import { isRecord } from '../isRecord'
import { NUL_PROBLEM, inspectValue } from './jsonBody'

/**
 * Ceilings on what one API read may ask for, checked before the query reaches Payload. Payload
 * reads `limit=0` (or `pagination=false`) as "every document", lets `where` nest as deep as the
 * query string allows, and on SQL databases answers a geographic operator on a text field with a
 * 500. Each problem is a sentence naming the parameter and what is accepted.
 */
export const MAX_LIMIT = 100
export const MAX_PAGE = 10_000
// Payload's own maxDepth: deeper asks are silently cut there; here they are refused so a client knows.
export const MAX_DEPTH = 10
export const MAX_WHERE_NESTING = 5
export const MAX_WHERE_CONDITIONS = 50
export const MAX_SORT_FIELDS = 5

// Payload's operators, less the geographic ones: no collection here has a point field.
export const ACCEPTED_OPERATORS = [
  'equals',
  'not_equals',
  'contains',
  'like',
  'not_like',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
] as const

const OPERATORS = new Set<string>(ACCEPTED_OPERATORS)
const NEEDS_VALUE = new Set([
  'contains',
  'like',
  'not_like',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const WHOLE_NUMBER = /^\d{1,9}$/
const SORT_FIELD = /^-?[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/

type Parsed = unknown

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [value]

const wholeNumberProblem = (
  name: string,
  value: Parsed,
  min: number,
  max: number,
  hint = '',
): string | undefined => {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !WHOLE_NUMBER.test(value)) {
    return `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`
  }
  const number = Number(value)
  if (number < min || number > max) {
    return `${name} must be a whole number from ${min} to ${max}, got ${number}${hint}`
  }
  return undefined
}

/** Walks a `where` tree, collecting problems; `path` says where in the tree each one is. */
const TEXT_OPERATORS = new Set(['contains', 'like', 'not_like'])

interface WhereOptions {
  /** Operators the database adapter lacks: Payload's SQL adapters have no `all`. */
  unsupportedOperators?: readonly string[]
  /** The collection's date fields, which take no text match. */
  datePaths?: ReadonlySet<string>
}

const isScalar = (value: unknown): boolean =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

const isOperand = (value: unknown): boolean =>
  isScalar(value) || (Array.isArray(value) && value.every(isScalar))

const whereProblems = (
  where: Parsed,
  path: string,
  nesting: number,
  count: { n: number },
  options: WhereOptions,
): string[] => {
  const problems: string[] = []
  if (!isRecord(where)) {
    return [`${path} must be an object of field conditions, got ${JSON.stringify(where)}`]
  }
  if (nesting > MAX_WHERE_NESTING) {
    return [`${path} nests and/or more than ${MAX_WHERE_NESTING} levels deep`]
  }
  for (const [key, value] of Object.entries(where)) {
    // Past ten brackets the query-string parser keeps the rest as one literal key.
    if (key.startsWith('[')) {
      problems.push(`${path} nests too deep: a query string holds at most ten [brackets]`)
      continue
    }
    const here = `${path}[${key}]`
    // REST spells the branches and/or, GraphQL AND/OR.
    if (/^(and|or)$/i.test(key)) {
      for (const [index, branch] of asList(value).entries()) {
        problems.push(...whereProblems(branch, `${here}[${index}]`, nesting + 1, count, options))
      }
      continue
    }
    if (!isRecord(value)) {
      problems.push(`${here} must name an operator, e.g. ${here}[equals]=…`)
      continue
    }
    for (const [operator, operand] of Object.entries(value)) {
      count.n += 1
      if (!OPERATORS.has(operator)) {
        problems.push(
          `${here}[${operator}]: unknown operator "${operator}"; use one of ${ACCEPTED_OPERATORS.join(', ')}`,
        )
      } else if (options.unsupportedOperators?.includes(operator)) {
        problems.push(
          `${here}[${operator}]: the operator "${operator}" is not available on this database; use "in", or several conditions joined with and`,
        )
      } else if (TEXT_OPERATORS.has(operator) && options.datePaths?.has(key)) {
        // A text match on a date column reached the SQL with nothing to match: a 500.
        problems.push(
          `${here}[${operator}]: ${key} is a date; compare it with greater_than, less_than or equals`,
        )
      } else if (NEEDS_VALUE.has(operator) && (operand === '' || operand === null)) {
        // An empty comparison reached the SQL as `like` with nothing after it: a 500.
        problems.push(`${here}[${operator}] needs a value to compare with`)
      } else if (!isOperand(operand)) {
        // An object here reached the SQL driver as a bind parameter and failed with a 500.
        problems.push(`${here}[${operator}] must be a value or a list of values, not an object`)
      }
    }
  }
  return problems
}

const limitProblem = (name: string, value: Parsed): string | undefined =>
  value === '0' || value === 0
    ? `${name}=0 asks for every document at once; ask for at most ${MAX_LIMIT} and page through`
    : wholeNumberProblem(name, value, 1, MAX_LIMIT, '; page through the rest')

/**
 * Problems with a request's query parameters (as Payload's query-string parser gives them), or
 * an empty list when it may go ahead. Page sizes are capped on reads only: the admin deletes and
 * edits a selection in bulk with `limit=0`, and those writes are for staff, checked by access.
 */
export const queryProblems = (
  query: Record<string, Parsed>,
  { isRead, ...whereOptions }: { isRead: boolean } & WhereOptions,
): string[] => {
  const problems: string[] = []
  if (isRead) {
    const problem = limitProblem('limit', query.limit)
    if (problem) problems.push(problem)
    if (query.pagination !== undefined && query.pagination !== 'true') {
      problems.push(
        `pagination=${JSON.stringify(query.pagination)} asks for every document at once; read page by page (limit at most ${MAX_LIMIT})`,
      )
    }
    if (isRecord(query.joins)) {
      for (const [join, options] of Object.entries(query.joins)) {
        const problem = isRecord(options)
          ? limitProblem(`joins[${join}][limit]`, options.limit)
          : undefined
        if (problem) problems.push(problem)
      }
    }
  }
  for (const problem of [
    wholeNumberProblem('page', query.page, 1, MAX_PAGE),
    wholeNumberProblem('depth', query.depth, 0, MAX_DEPTH),
  ]) {
    if (problem) problems.push(problem)
  }
  if (query.draft !== undefined && query.draft !== 'true' && query.draft !== 'false') {
    problems.push(`draft must be true or false, got ${JSON.stringify(query.draft)}`)
  }
  if (query.sort !== undefined) {
    const fields = typeof query.sort === 'string' ? query.sort.split(',') : asList(query.sort)
    if (fields.length > MAX_SORT_FIELDS) {
      problems.push(`sort names ${fields.length} fields; at most ${MAX_SORT_FIELDS}`)
    }
    for (const field of fields) {
      if (typeof field !== 'string' || !SORT_FIELD.test(field)) {
        problems.push(
          `sort must be field names, each optionally prefixed with - for descending, got ${JSON.stringify(field)}`,
        )
        break
      }
    }
  }
  if (inspectValue(query).hasNul) problems.push(`The query ${NUL_PROBLEM}`)
  if (query.where !== undefined) {
    const count = { n: 0 }
    problems.push(...whereProblems(query.where, 'where', 0, count, whereOptions))
    if (count.n > MAX_WHERE_CONDITIONS) {
      problems.push(`where has ${count.n} conditions; at most ${MAX_WHERE_CONDITIONS}`)
    }
  }
  return problems
}
