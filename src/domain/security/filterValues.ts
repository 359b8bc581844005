import { describeKind } from './filterFields'
import type { FilterField, FilterKind, IdFormat } from './filterFields'

/**
 * Which operators each kind of field takes, and what a value must look like for it. A value the
 * database cannot compare with the column (a word against a date, an id that is no id, a value
 * that is not one of a select's options on PostgreSQL's enums) reached the SQL driver as
 * `undefined` or a type error: a 500. Each problem names the field, the operator and what was
 * expected.
 */
export interface ValueLimits {
  /** The longest text one value may be, in characters. */
  maxValueLength: number
  /** The most words a like, not_like or contains may search for (each is one more LIKE). */
  maxWords: number
}

export const MAX_LIST_VALUES = 1000

const EQUALITY = ['equals', 'not_equals', 'in', 'not_in', 'exists'] as const
const ORDERING = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'] as const
const TEXT_MATCH = ['like', 'not_like', 'contains'] as const

const operatorTable: Record<FilterKind, readonly string[]> = {
  text: [...EQUALITY, 'all', ...TEXT_MATCH, ...ORDERING],
  number: [...EQUALITY, 'all', ...ORDERING],
  date: [...EQUALITY, ...ORDERING],
  checkbox: [...EQUALITY],
  select: [...EQUALITY, 'all'],
  id: [...EQUALITY, ...ORDERING],
  relationship: [...EQUALITY, 'all'],
  // Filtered by its parts, `relationTo` and `value` (see filterFields.ts).
  polymorphic: [],
  join: [...EQUALITY],
  // Stored as JSON (jsonb on PostgreSQL, where a text match fails): only whether there is any.
  richText: ['exists'],
  json: ['exists'],
  group: [],
  array: [],
  blocks: [],
  point: [],
  virtual: [],
}

/** The operators a field takes; `contains` on a field of several values means "one of them is". */
export const operatorsFor = (
  field: Pick<FilterField, 'kind' | 'hasMany' | 'operators'>,
): readonly string[] => {
  if (field.operators) return field.operators
  const base = operatorTable[field.kind]
  const hasContains =
    field.hasMany && ['number', 'select', 'relationship'].includes(field.kind) ? ['contains'] : []
  return [...base, ...hasContains]
}

// Where Payload reads '' or the word null as "no value". A select (an enum on PostgreSQL), a
// checkbox (a boolean column) or a link to several collections compares the text itself: a 500.
const READS_EMPTY_AS_NOTHING = new Set<FilterKind>([
  'text',
  'date',
  'number',
  'id',
  'relationship',
  'join',
])

const SINGLE_VALUE = new Set(['equals', 'not_equals', ...TEXT_MATCH, ...ORDERING])
const LIST_VALUE = new Set(['in', 'not_in', 'all'])
const MAY_BE_EMPTY = new Set(['equals', 'not_equals'])

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** An ISO 8601 date or date-time that names a real moment (no 31 February, no year 0). */
export const isIsoDate = (text: string): boolean => {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0'] = match
  const m = Number(month)
  const d = Number(day)
  const y = Number(year)
  const isLeap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const days = m === 2 && !isLeap ? 28 : DAYS_IN_MONTH[m - 1]
  return (
    y >= 1 &&
    days !== undefined &&
    d >= 1 &&
    d <= days &&
    Number(hours) < 24 &&
    Number(minutes) < 60 &&
    Number(seconds) < 60 &&
    !Number.isNaN(Date.parse(text))
  )
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i

const isFiniteNumberText = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && NUMBER.test(value.trim()) && Number.isFinite(Number(value)))

const WHOLE = /^\d{1,16}$/
const OBJECT_ID = /^[0-9a-f]{24}$/i

const idProblem = (format: IdFormat | undefined, value: unknown): string | undefined => {
  if (!format) return undefined
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string') return 'an id'
  if (format.kind === 'number') {
    return WHOLE.test(text) && Number(text) <= format.max
      ? undefined
      : `an id: a whole number from 1 to ${format.max}`
  }
  if (format.kind === 'objectId') {
    return OBJECT_ID.test(text) ? undefined : 'an id: 24 hexadecimal characters'
  }
  return text.length > 0 && text.length <= format.maxLength ? undefined : 'an id'
}

/** What one value must be for this field, or undefined when it is that. */
const expectedFor = (
  field: FilterField,
  value: unknown,
  isGraphQL: boolean,
): string | undefined => {
  switch (field.kind) {
    case 'number':
      return isFiniteNumberText(value) ? undefined : 'a number, e.g. 3 or 2.5'
    case 'date':
      return (typeof value === 'string' && isIsoDate(value)) ||
        (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 8.64e15)
        ? undefined
        : 'a date such as 2024-05-01 or 2024-05-01T09:30:00Z'
    case 'checkbox':
      return typeof value === 'boolean' ||
        (typeof value === 'string' && /^(true|false)$/i.test(value))
        ? undefined
        : 'true or false'
    case 'select':
      // GraphQL's schema already holds select values to its enum (by their GraphQL names).
      if (isGraphQL || !field.options) return typeof value === 'string' ? undefined : 'a word'
      return typeof value === 'string' && field.options.includes(value)
        ? undefined
        : `one of ${field.options.join(', ')}`
    case 'id':
    case 'relationship':
    case 'join':
    case 'polymorphic':
      return idProblem(field.ids, value)
    default:
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? undefined
        : 'text'
  }
}

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === ''

/** A REST list may be written `a,b,c`; Payload splits it there, so it is checked the same way. */
const listItems = (operand: unknown): unknown[] | undefined => {
  if (Array.isArray(operand)) return operand
  if (typeof operand === 'string') return operand.split(',').map((item) => item.trim())
  if (typeof operand === 'number' || typeof operand === 'boolean') return [operand]
  return undefined
}

const lengthProblem = (value: unknown, limits: ValueLimits): string | undefined =>
  typeof value === 'string' && value.length > limits.maxValueLength
    ? `a value of at most ${limits.maxValueLength} characters (got ${value.length})`
    : undefined

const wordsProblem = (value: unknown, limits: ValueLimits): string | undefined => {
  if (typeof value !== 'string') return undefined
  const words = value.trim().split(/\s+/).filter(Boolean).length
  return words > limits.maxWords
    ? `at most ${limits.maxWords} words to search for (got ${words})`
    : undefined
}

/**
 * What is wrong with one condition `where[path][operator]=operand`, or undefined. `at` is how
 * the condition is written in the request, for the message.
 */
export const conditionProblem = (
  at: string,
  field: FilterField,
  operator: string,
  operand: unknown,
  limits: ValueLimits,
  isGraphQL = false,
): string | undefined => {
  const name = field.name
  const operators = operatorsFor(field)
  if (operators.length === 0) {
    const inner = field.fields ? [...field.fields.keys()].slice(0, 4) : []
    const hint =
      field.kind === 'polymorphic'
        ? `; filter on ${name}.relationTo and ${name}.value (equals, not_equals)`
        : inner.length > 0
          ? `; filter on a field inside it, e.g. ${name}.${inner[0]}`
          : ''
    return `${at}: ${name} is a ${describeKind(field)} and cannot be filtered on${hint}`
  }
  if (!operators.includes(operator)) {
    return `${at}: ${name} is a ${describeKind(field)}; it takes ${operators.join(', ')}, not ${operator}`
  }
  const fail = (expected: string, got: unknown) =>
    `${at}: ${name} is a ${describeKind(field)}; ${operator} expected ${expected}, got ${shown(got)}`

  // Payload reads anything but `true` as false here, `TRUE` included: only the two words are sure.
  if (operator === 'exists') {
    return typeof operand === 'boolean' || operand === 'true' || operand === 'false'
      ? undefined
      : fail('true or false', operand)
  }
  if (SINGLE_VALUE.has(operator)) {
    if (Array.isArray(operand)) {
      return fail(
        MAY_BE_EMPTY.has(operator) ? 'one value (for several, use in)' : 'one value',
        operand,
      )
    }
    const mayBeEmpty = MAY_BE_EMPTY.has(operator)
    if (operand === null && mayBeEmpty && field.kind !== 'polymorphic') return undefined
    if (isEmpty(operand) || operand === 'null') {
      // Payload reads an empty equals as "has no value"; elsewhere it has nothing to compare.
      if (mayBeEmpty && READS_EMPTY_AS_NOTHING.has(field.kind)) return undefined
      if (!mayBeEmpty && operand !== 'null') return fail('a value to compare with', operand)
    }
    const tooLong = lengthProblem(operand, limits)
    if (tooLong) return fail(tooLong, `${String(operand).slice(0, 20)}…`)
    if (TEXT_MATCH.includes(operator as never)) {
      const tooMany = wordsProblem(operand, limits)
      if (tooMany) return fail(tooMany, `${String(operand).slice(0, 40)}…`)
    }
    const expected = expectedFor(field, operand, isGraphQL)
    return expected ? fail(expected, operand) : undefined
  }
  if (LIST_VALUE.has(operator)) {
    const items = listItems(operand)
    if (!items) return fail('a list of values (a,b,c)', operand)
    if (items.length > MAX_LIST_VALUES) {
      return fail(`at most ${MAX_LIST_VALUES} values`, `${items.length} values`)
    }
    for (const item of items) {
      const tooLong = lengthProblem(item, limits)
      if (tooLong) return fail(tooLong, `${String(item).slice(0, 20)}…`)
      const expected = isEmpty(item)
        ? 'values, not an empty one'
        : expectedFor(field, item, isGraphQL)
      if (expected) return fail(`a list of values, each ${expected}`, item)
    }
    return undefined
  }
  return undefined
}
