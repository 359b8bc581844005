import { isRecord } from '../isRecord'
import { resolveFieldPath } from './filterFields'
import type { FilterCollection, FilterSchema } from './filterFields'
import { conditionProblem } from './filterValues'
import type { ValueLimits } from './filterValues'
import { NUL_PROBLEM, inspectValue } from './jsonBody'
import { joinsProblems, populateProblems, selectProblems, sortFieldProblems } from './queryFields'

/**
 * Ceilings on what one API read may ask for, checked before the query reaches Payload. Payload
 * reads `limit=0` (or `pagination=false`) as "every document", lets `where` nest as deep as the
 * query string allows, and on SQL databases answers a geographic operator on a text field with a
 * 500. Each problem is a sentence naming the parameter and what is accepted.
 */
export const MAX_LIMIT = 100
/** What signed-in staff may ask for in one page: the admin loads up to 250 linked titles at once. */
export const STAFF_MAX_LIMIT = 1000
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

/** The collection a query reads and its fields, so each condition is checked against its type. */
export interface TypedCollection {
  schema: FilterSchema
  collection: FilterCollection
  limits: ValueLimits
  /** GraphQL's schema has already checked select values against its enums. */
  isGraphQL?: boolean
  /** The query is a join's own (`joins[articles][where]`, or a join field's arguments). */
  isJoin?: boolean
}

interface WhereOptions {
  /** Operators the database adapter lacks: Payload's SQL adapters have no `all`. */
  unsupportedOperators?: readonly string[]
  typed?: TypedCollection
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
      } else if (NEEDS_VALUE.has(operator) && (operand === '' || operand === null)) {
        // An empty comparison reached the SQL as `like` with nothing after it: a 500.
        problems.push(`${here}[${operator}] needs a value to compare with`)
      } else if (!isOperand(operand)) {
        // An object here reached the SQL driver as a bind parameter and failed with a 500.
        problems.push(`${here}[${operator}] must be a value or a list of values, not an object`)
      } else if (options.typed) {
        const { schema, collection, limits, isGraphQL, isJoin } = options.typed
        const resolved = resolveFieldPath(schema, collection, key, { isJoin })
        const problem =
          'problem' in resolved
            ? `${here}: ${resolved.problem}`
            : conditionProblem(
                `${here}[${operator}]`,
                resolved.field,
                operator,
                operand,
                limits,
                isGraphQL,
              )
        if (problem) problems.push(problem)
      }
    }
  }
  return problems
}

const limitProblem = (name: string, value: Parsed, max: number): string | undefined =>
  value === '0' || value === 0
    ? `${name}=0 asks for every document at once; ask for at most ${max} and page through`
    : wholeNumberProblem(name, value, 1, max, '; page through the rest')

/** Whether a query asks for pages larger than readers may, as signed-in staff may. */
export const asksForLargePages = (query: Record<string, Parsed>): boolean => {
  const isLarge = (value: unknown) =>
    typeof value === 'string' && WHOLE_NUMBER.test(value) && Number(value) > MAX_LIMIT
  return (
    isLarge(query.limit) ||
    (isRecord(query.joins) &&
      Object.values(query.joins).some((join) => isRecord(join) && isLarge(join.limit)))
  )
}

const sortProblems = (sort: Parsed, typed: TypedCollection | undefined, at: string): string[] => {
  const problems: string[] = []
  const fields = typeof sort === 'string' ? sort.split(',') : asList(sort)
  if (fields.length > MAX_SORT_FIELDS) {
    problems.push(`${at} names ${fields.length} fields; at most ${MAX_SORT_FIELDS}`)
  }
  for (const field of fields) {
    if (typeof field !== 'string' || !SORT_FIELD.test(field)) {
      problems.push(
        `${at} must be field names, each optionally prefixed with - for descending, got ${JSON.stringify(field)}`,
      )
      return problems
    }
  }
  if (typed) problems.push(...sortFieldProblems(fields as string[], typed, at))
  return problems
}

const whereTreeProblems = (where: Parsed, at: string, options: WhereOptions): string[] => {
  const count = { n: 0 }
  const problems = whereProblems(where, at, 0, count, options)
  if (count.n > MAX_WHERE_CONDITIONS) {
    problems.push(`${at} has ${count.n} conditions; at most ${MAX_WHERE_CONDITIONS}`)
  }
  return problems
}

/**
 * Problems with a request's query parameters (as Payload's query-string parser gives them), or
 * an empty list when it may go ahead. Page sizes are capped on reads only: the admin deletes and
 * edits a selection in bulk with `limit=0`, and those writes are for staff, checked by access.
 * With `typed`, every `where` condition, `sort`, `select`, `populate` and join is checked against
 * the collection's fields too.
 */
export const queryProblems = (
  query: Record<string, Parsed>,
  {
    isRead,
    maxLimit = MAX_LIMIT,
    ...whereOptions
  }: { isRead: boolean; maxLimit?: number } & WhereOptions,
): string[] => {
  const problems: string[] = []
  const { typed } = whereOptions
  if (isRead) {
    const problem = limitProblem('limit', query.limit, maxLimit)
    if (problem) problems.push(problem)
    if (query.pagination !== undefined && query.pagination !== 'true') {
      problems.push(
        `pagination=${JSON.stringify(query.pagination)} asks for every document at once; read page by page (limit at most ${maxLimit})`,
      )
    }
    if (isRecord(query.joins)) {
      for (const [join, options] of Object.entries(query.joins)) {
        const problem = isRecord(options)
          ? limitProblem(`joins[${join}][limit]`, options.limit, maxLimit)
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
  if (query.sort !== undefined) problems.push(...sortProblems(query.sort, typed, 'sort'))
  if (inspectValue(query).hasNul) problems.push(`The query ${NUL_PROBLEM}`)
  if (query.where !== undefined)
    problems.push(...whereTreeProblems(query.where, 'where', whereOptions))
  if (typed) {
    if (query.select !== undefined) {
      problems.push(...selectProblems(query.select, typed.collection.fields, 'select'))
    }
    if (query.populate !== undefined)
      problems.push(...populateProblems(query.populate, typed.schema))
    if (query.joins !== undefined) {
      const joins = joinsProblems(query.joins, typed)
      problems.push(...joins.problems)
      for (const { target, at, query: join } of joins.queries) {
        const inner = { ...typed, collection: target, isJoin: true }
        problems.push(
          ...[wholeNumberProblem(`${at}[page]`, join.page, 1, MAX_PAGE)].filter(
            (problem): problem is string => problem !== undefined,
          ),
        )
        if (join.sort !== undefined) problems.push(...sortProblems(join.sort, inner, `${at}[sort]`))
        if (join.where !== undefined) {
          problems.push(
            ...whereTreeProblems(join.where, `${at}[where]`, { ...whereOptions, typed: inner }),
          )
        }
      }
    }
  }
  return problems
}
