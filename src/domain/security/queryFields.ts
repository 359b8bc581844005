import { isRecord } from '../isRecord'
import { describeKind, resolveFieldPath } from './filterFields'
import type { FilterCollection, FilterField, FilterSchema } from './filterFields'

/**
 * `sort`, `select`, `populate` and `joins` checked against the collection's fields: each names a
 * field that exists and can be used that way, so Payload never builds SQL on a guess.
 */
export interface FieldQueryContext {
  schema: FilterSchema
  collection: FilterCollection
}

type Parsed = unknown

const isTrueOrFalse = (value: unknown): boolean =>
  typeof value === 'boolean' || value === 'true' || value === 'false'

/** One column per document: sorting by a list, a join or a JSON document has no order. */
const isSortable = (field: FilterField): boolean =>
  !field.hasMany &&
  ['text', 'number', 'date', 'checkbox', 'select', 'id', 'relationship'].includes(field.kind)

/** Problems with the sort's field names (each optionally prefixed with - for descending). */
export const sortFieldProblems = (
  fields: readonly string[],
  { schema, collection }: FieldQueryContext,
  at = 'sort',
): string[] =>
  fields.flatMap((raw) => {
    const path = raw.replace(/^[-+]/, '')
    const resolved = resolveFieldPath(schema, collection, path)
    if ('problem' in resolved) return [`${at}: ${resolved.problem}`]
    // Sorting through a link or by a row of a list makes Payload join tables; beside a filter
    // that joins too, PostgreSQL refuses the query (ORDER BY not in SELECT DISTINCT): a 500.
    const outside = resolved.link ?? resolved.list
    if (outside) {
      return [
        `${at}: ${resolved.path} is inside ${outside}; sort by the document's own fields (e.g. ${outside})`,
      ]
    }
    return isSortable(resolved.field)
      ? []
      : [
          `${at}: ${resolved.path} is a ${describeKind(resolved.field)} and cannot be sorted by; sort by a text, number, date or single link field`,
        ]
  })

/** `select[field]=true`, nested for groups and arrays: names that exist, true or false. */
export const selectProblems = (
  select: Parsed,
  fields: ReadonlyMap<string, FilterField>,
  at: string,
): string[] => {
  if (!isRecord(select)) {
    return [`${at} must name fields, e.g. ${at}[headline]=true, got ${JSON.stringify(select)}`]
  }
  return Object.entries(select).flatMap(([name, value]) => {
    const here = `${at}[${name}]`
    const field = fields.get(name)
    if (!field) return [`${here}: there is no field "${name}" here`]
    if (isTrueOrFalse(value)) return []
    if (isRecord(value) && field.fields) return selectProblems(value, field.fields, here)
    return [
      field.fields
        ? `${here} must be true, false or the fields inside ${name}`
        : `${here} must be true or false, got ${JSON.stringify(value)}`,
    ]
  })
}

/** `populate[collection][field]=true`: which fields of linked documents to read. */
export const populateProblems = (populate: Parsed, schema: FilterSchema): string[] => {
  if (!isRecord(populate)) {
    return [`populate must name collections, e.g. populate[tags][name]=true`]
  }
  return Object.entries(populate).flatMap(([slug, select]) => {
    const target = schema.collections.get(slug)
    if (!target) return [`populate[${slug}]: there is no collection "${slug}"`]
    return selectProblems(select, target.fields, `populate[${slug}]`)
  })
}

export interface JoinQuery {
  /** The collection the join lists, for its own where and sort. */
  target: FilterCollection
  at: string
  query: Record<string, unknown>
}

/**
 * `joins=false`, or `joins[field][limit|page|sort|where|count]` per join field. Returns the
 * problems of the shape, and each join's own query for the caller to check as a where.
 */
export const joinsProblems = (
  joins: Parsed,
  { schema, collection }: FieldQueryContext,
): { problems: string[]; queries: JoinQuery[] } => {
  const problems: string[] = []
  const queries: JoinQuery[] = []
  if (joins === 'false' || joins === false) return { problems, queries }
  if (!isRecord(joins)) {
    return {
      problems: [`joins must be false or name join fields, got ${JSON.stringify(joins)}`],
      queries,
    }
  }
  for (const [name, options] of Object.entries(joins)) {
    const at = `joins[${name}]`
    const resolved = resolveFieldPath(schema, collection, name)
    if ('problem' in resolved) {
      problems.push(`${at}: ${resolved.problem}`)
      continue
    }
    const { field } = resolved
    const target =
      field.kind === 'join' ? schema.collections.get(field.relationTo?.[0] ?? '') : undefined
    if (!target) {
      problems.push(`${at}: ${name} is a ${describeKind(field)}, not a join`)
      continue
    }
    if (options === 'false' || options === false) continue
    if (!isRecord(options)) {
      problems.push(`${at} must be false or its options (limit, page, sort, where, count)`)
      continue
    }
    const unknown = Object.keys(options).filter(
      (key) => !['limit', 'page', 'sort', 'where', 'count'].includes(key),
    )
    if (unknown.length > 0) {
      problems.push(`${at} takes limit, page, sort, where and count, not ${unknown.join(', ')}`)
    }
    if (options.count !== undefined && !isTrueOrFalse(options.count)) {
      problems.push(`${at}[count] must be true or false, got ${JSON.stringify(options.count)}`)
    }
    queries.push({ target, at, query: options })
  }
  return { problems, queries }
}
