import fc from 'fast-check'
import { stringify } from 'qs-esm'

import type { FuzzCollection, FuzzField } from './queryModel'
import type { Caller } from './restInputs'

/**
 * One filter, sort or join a client might send, built by fast-check from the content model:
 * a collection, one of its fields (nested and through links too), an operator and a value of
 * some class, sent over REST (GET, Payload's method override, or a bulk write) or GraphQL, by
 * an anonymous reader or any role. `mustFail` marks what no database can answer: those must get
 * a 4xx and change nothing.
 */
export interface QueryCase {
  transport: 'GET' | 'OVERRIDE' | 'DELETE' | 'PATCH' | 'GRAPHQL'
  caller: Caller
  collection: FuzzCollection
  /** Set when the condition is a join's: the join's path on `collection`. */
  join?: { path: string; collection: FuzzCollection }
  field: FuzzField
  operator: string
  valueClass: string
  value: unknown
  /** The condition alone, or beside a sound one under and/or. */
  nesting: 'alone' | 'and' | 'or'
  sort?: string
  mustFail: boolean
  /** A sound value under an operator the admin offers for the type: it must not be refused. */
  mustPass: boolean
}

// Payload's operators, and some it does not have.
export const OPERATORS = [
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
  'near',
  'within',
  'intersects',
  '$ne',
  'regex',
] as const

const UNKNOWN_OPERATORS = new Set(['near', 'within', 'intersects', '$ne', 'regex'])
const SINGLE = new Set([
  'equals',
  'not_equals',
  'contains',
  'like',
  'not_like',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const TEXT_MATCH = new Set(['contains', 'like', 'not_like'])
const ORDERING = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const NEEDS_VALUE = new Set([...TEXT_MATCH, ...ORDERING])
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])
const LINK_TYPES = new Set(['relationship', 'upload', 'join'])
const CONTAINERS = new Set(['group', 'array', 'blocks', 'tab'])
const WHOLE_IDS = new Set(['id', ...LINK_TYPES])

interface ValueClass {
  name: string
  value: (field: FuzzField, ids: ReadonlyArray<number | string>) => fc.Arbitrary<unknown>
  /** Whether no database can compare this field with this value under this operator. */
  isInvalid?: (field: FuzzField, operator: string) => boolean
}

const isNumericField = (field: FuzzField) => field.type === 'number'
const isDateField = (field: FuzzField) => field.type === 'date'
const isTypedScalar = (field: FuzzField) =>
  ['date', 'number', 'checkbox', 'select', 'radio', 'point'].includes(field.type) ||
  WHOLE_IDS.has(field.type)

const real = (ids: ReadonlyArray<number | string>) =>
  ids.length > 0 ? fc.constantFrom(...ids.map(String)) : fc.constant('1')

/** Classes of values, each with the fields and operators for which it is certainly wrong. */
export const VALUE_CLASSES: ValueClass[] = [
  {
    name: 'sound',
    value: (field, ids) => {
      if (isDateField(field)) {
        return fc
          .date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString())
      }
      if (isNumericField(field)) return fc.integer({ min: -5, max: 5000 }).map(String)
      if (field.type === 'checkbox') return fc.constantFrom('true', 'false')
      if (field.options.length > 0) return fc.constantFrom(...field.options)
      if (WHOLE_IDS.has(field.type)) return real(ids)
      // No commas: `in` reads a comma list, and an empty item in one is refused.
      return fc.string({ minLength: 1, maxLength: 20 }).filter((text) => !text.includes(','))
    },
  },
  {
    name: 'a word',
    value: () => fc.constantFrom('abc', 'NATO', 'notadate', 'Brussels'),
    isInvalid: (field, operator) =>
      operator === 'exists' || (isTypedScalar(field) && !TEXT_TYPES.has(field.type)),
  },
  {
    name: 'empty text',
    value: () => fc.constant(''),
    isInvalid: (field, operator) =>
      operator === 'exists' ||
      NEEDS_VALUE.has(operator) ||
      (['in', 'not_in'].includes(operator) && isTypedScalar(field)),
  },
  {
    name: 'blank text',
    value: () => fc.constantFrom(' ', '   ', '\t'),
    isInvalid: (field, operator) => operator === 'exists' || isTypedScalar(field),
  },
  { name: 'the word null', value: () => fc.constant('null') },
  {
    name: 'a list where one value is expected',
    value: () => fc.array(fc.constantFrom('a', '1', '2', 'b'), { minLength: 2, maxLength: 4 }),
    isInvalid: (_field, operator) => SINGLE.has(operator) || operator === 'exists',
  },
  { name: 'an empty list', value: () => fc.constant([]) },
  {
    name: 'an object',
    value: () =>
      fc.oneof(
        fc.constant({ x: '1' }),
        fc.constant({ equals: '1' }),
        fc.constant({ relationTo: 'articles', value: '1' }),
      ),
    isInvalid: () => true,
  },
  {
    name: 'a huge number',
    value: () => fc.constantFrom('99999999999999999999', '1e309'),
    isInvalid: (field, operator) =>
      operator === 'exists' || WHOLE_IDS.has(field.type) || isDateField(field),
  },
  {
    name: 'a fraction or a negative',
    value: () => fc.constantFrom('1.5', '-3', '-0', '.5'),
    isInvalid: (field, operator) =>
      operator === 'exists' || WHOLE_IDS.has(field.type) || isDateField(field),
  },
  {
    name: 'not a number',
    value: () => fc.constantFrom('NaN', 'Infinity', '-Infinity', '0x10', '1e'),
    isInvalid: (field, operator) =>
      operator === 'exists' ||
      isNumericField(field) ||
      WHOLE_IDS.has(field.type) ||
      isDateField(field),
  },
  {
    name: 'a date no calendar has',
    value: () => fc.constantFrom('2024-02-31', '2011-13-01', '0000-01-01', '2011-11-15T25:00'),
    isInvalid: (field, operator) =>
      operator === 'exists' || isDateField(field) || WHOLE_IDS.has(field.type),
  },
  {
    name: 'true or false',
    value: () => fc.constantFrom('true', 'false', 'TRUE', 'False'),
    isInvalid: (field, operator) =>
      operator !== 'exists' &&
      (isDateField(field) || isNumericField(field) || WHOLE_IDS.has(field.type)),
  },
  {
    name: 'a comma list with a bad item',
    value: () => fc.constantFrom('1,abc', '2011-01-01,soon', 'a,,b', '1,'),
    isInvalid: (field, operator) =>
      operator === 'exists' ||
      ((isDateField(field) || WHOLE_IDS.has(field.type) || isNumericField(field)) &&
        !TEXT_MATCH.has(operator)),
  },
  {
    name: 'far too long',
    value: () => fc.constantFrom('x'.repeat(5000), `${'1,'.repeat(2000)}1`),
    isInvalid: () => true,
  },
  {
    name: 'a search of many words',
    value: () => fc.integer({ min: 40, max: 120 }).map((n) => 'ab '.repeat(n).trim()),
    isInvalid: (field, operator) =>
      TEXT_MATCH.has(operator) || operator === 'exists' || !TEXT_TYPES.has(field.type),
  },
  {
    name: 'hostile text',
    value: () =>
      fc.constantFrom(
        "' OR '1'='1",
        '%',
        '_',
        '\\',
        '%25',
        '😀',
        '\u202eevil',
        '<script>',
        '{"$gt": ""}',
        '1; SELECT 1',
      ),
  },
  { name: 'any text', value: () => fc.string({ maxLength: 40, unit: 'grapheme' }) },
]

/** Operators no field of this type can take: the databases have no such comparison. */
const isWrongOperator = (field: FuzzField, operator: string, isSql: boolean): boolean => {
  if (UNKNOWN_OPERATORS.has(operator)) return true
  if (operator === 'all' && isSql) return true
  if (field.isVirtual || CONTAINERS.has(field.type)) return true
  const isManyLink =
    field.hasMany && ['number', 'select', 'relationship', 'upload'].includes(field.type)
  if (
    TEXT_MATCH.has(operator) &&
    !TEXT_TYPES.has(field.type) &&
    !(operator === 'contains' && isManyLink)
  ) {
    return true
  }
  return (
    ORDERING.has(operator) &&
    ['checkbox', 'select', 'radio', 'richText', 'json', ...LINK_TYPES].includes(field.type)
  )
}

const CALLERS: Caller[] = ['anonymous', 'writer', 'editor', 'admin', 'forged']

/** The fast-check arbitrary of one case over the whole model. */
export const queryCase = (
  model: FuzzCollection[],
  isSql: boolean,
  offered: Record<string, string[]>,
): fc.Arbitrary<QueryCase> => {
  const byslug = new Map(model.map((collection) => [collection.slug, collection]))
  const targets = model.flatMap((collection) => [
    { collection, join: undefined as QueryCase['join'] },
    ...collection.joins.flatMap(({ path, collection: slug }) => {
      const target = byslug.get(slug)
      return target ? [{ collection, join: { path, collection: target } }] : []
    }),
  ])
  return fc
    .record({
      target: fc.constantFrom(...targets),
      operator: fc.constantFrom(...OPERATORS),
      valueClass: fc.constantFrom(...VALUE_CLASSES),
      caller: fc.constantFrom(...CALLERS),
      transport: fc.constantFrom('GET', 'GET', 'OVERRIDE', 'DELETE', 'PATCH', 'GRAPHQL', 'GRAPHQL'),
      nesting: fc.constantFrom('alone', 'alone', 'and', 'or'),
      sortSeed: fc.option(fc.nat(), { freq: 4 }),
    })
    .chain(({ target, operator, valueClass, caller, transport, nesting, sortSeed }) => {
      const filtered = target.join?.collection ?? target.collection
      return fc.constantFrom(...filtered.fields).chain((field) =>
        valueClass.value(field, filtered.ids).map((value): QueryCase => {
          const isInvalid =
            isWrongOperator(field, operator, isSql) ||
            (!UNKNOWN_OPERATORS.has(operator) && valueClass.isInvalid?.(field, operator) === true)
          const sortable = target.collection.fields
          const sort =
            sortSeed === null
              ? undefined
              : sortSeed % 7 === 0
                ? 'nope'
                : `${sortSeed % 2 === 0 ? '-' : ''}${sortable[sortSeed % sortable.length]!.path}`
          // Bulk writes only carry filters that must fail, sent by staff who could write.
          const isWrite = transport === 'DELETE' || transport === 'PATCH'
          const canWrite = isInvalid && target.collection.isWritable && !target.join
          const chosen = isWrite && !canWrite ? 'GET' : transport
          // What the admin's own filter could send: its operators, a value of the type, on a
          // field of the collection itself, by an admin over REST.
          const type = field.type === 'id' ? 'number' : field.type
          const isOffered = (offered[type] ?? []).includes(operator)
          const mustPass =
            valueClass.name === 'sound' &&
            isOffered &&
            !['exists', 'all'].includes(operator) &&
            !field.isThroughLink &&
            !field.isVirtual &&
            !field.isHidden &&
            // A link to several collections is filtered by its parts (relationTo, value).
            field.relationTo.length <= 1 &&
            !target.join &&
            !isInvalid &&
            sort === undefined
          const item: QueryCase = {
            transport: chosen,
            caller:
              isWrite && canWrite
                ? caller === 'writer'
                  ? 'editor'
                  : 'admin'
                : mustPass && (chosen === 'GET' || chosen === 'OVERRIDE')
                  ? 'admin'
                  : caller,
            collection: target.collection,
            join: target.join,
            field,
            operator,
            valueClass: valueClass.name,
            value,
            nesting,
            sort: chosen === 'GRAPHQL' ? undefined : sort,
            mustFail: isInvalid || (chosen !== 'GRAPHQL' && sort === 'nope'),
            mustPass: mustPass && (chosen === 'GET' || chosen === 'OVERRIDE'),
          }
          // fast-check prints a counterexample this way: what was sent, not the whole model.
          return Object.assign(item, {
            [fc.toStringMethod]: () =>
              `${item.caller} ${item.transport} ${item.join ? `${item.collection.slug}.${item.join.path} → ` : ''}` +
              `${(item.join?.collection ?? item.collection).slug} where ${item.nesting} ` +
              `${item.field.path} (${item.field.type}) ${item.operator} ${JSON.stringify(item.value)?.slice(0, 80)} ` +
              `[${item.valueClass}]${item.sort ? ` sort=${item.sort}` : ''}${item.mustFail ? ' must fail' : ''}${item.mustPass ? ' must pass' : ''}`,
          })
        }),
      )
    })
}

/** The `where` of a case: its condition, alone or beside a sound one. */
export const whereOf = (item: QueryCase, graphQL: boolean): Record<string, unknown> => {
  const path = graphQL ? item.field.path.replace(/\./g, '__') : item.field.path
  const condition = { [path]: { [item.operator]: item.value } }
  if (item.nesting === 'alone') return condition
  const key = graphQL ? item.nesting.toUpperCase() : item.nesting
  return { [key]: [{ id: { exists: true } }, condition] }
}

/** The REST query string of a case. */
export const restQuery = (item: QueryCase): string => {
  const where = whereOf(item, false)
  const query: Record<string, unknown> = item.join
    ? {
        limit: 2,
        joins: { [item.join.path]: { limit: 2, where, ...(item.sort && { sort: 'nope' }) } },
      }
    : { limit: 2, depth: 0, where, ...(item.sort && { sort: item.sort }) }
  // Payload parses `a[]=` as an empty list; qs-esm writes none, so it is written here.
  const empty = '__empty_list__'
  const text = stringify(
    JSON.parse(
      JSON.stringify(query, (_key, value: unknown) =>
        Array.isArray(value) && value.length === 0 ? empty : value,
      ),
    ),
    { addQueryPrefix: true },
  )
  return text.replaceAll(`=${empty}`, '%5B%5D=')
}

/**
 * The GraphQL request of a case: a list query, or a join inside one. `whereTypes` names each
 * collection's where input type (`Article_where`), as introspection gives it.
 */
export const graphQLRequest = (
  item: QueryCase,
  whereTypes: ReadonlyMap<string, string>,
): { query: string; variables: unknown } => {
  const list = item.collection.graphQLList
  const filtered = item.join?.collection ?? item.collection
  const type = whereTypes.get(filtered.slug)
  if (!list || !type) return { query: '{ __typename }', variables: {} }
  const where = whereOf(item, true)
  if (item.join) {
    return {
      query: `query ($where: ${type}) { ${list}(limit: 2) { docs { ${item.join.path}(where: $where, limit: 2) { totalDocs } } } }`,
      variables: { where },
    }
  }
  return {
    query: `query ($where: ${type}) { ${list}(where: $where, limit: 2) { totalDocs } }`,
    variables: { where },
  }
}
