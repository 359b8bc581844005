/**
 * What a query may name: each collection's fields as filters see them, read once from the
 * content model (src/http/filterSchema.ts builds it from the Payload config). Pure data, so the
 * rules that check a `where`, `sort`, `select` or `populate` against it are tested on their own.
 */

/** How a database stores the ids of a collection (src/database/queryFeatures.ts says which). */
export type IdFormat =
  { kind: 'number'; max: number } | { kind: 'objectId' } | { kind: 'text'; maxLength: number }

export type FilterKind =
  | 'text'
  | 'number'
  | 'date'
  | 'checkbox'
  | 'select'
  | 'id'
  | 'relationship'
  | 'polymorphic'
  | 'join'
  | 'richText'
  | 'json'
  | 'group'
  | 'array'
  | 'blocks'
  | 'point'
  | 'virtual'

export interface FilterField {
  name: string
  kind: FilterKind
  /** Several values in one field (text, number, select, relationship, upload). */
  hasMany?: boolean
  /** The values a select field may hold. */
  options?: readonly string[]
  /** The collections a relationship, upload or join points at. */
  relationTo?: readonly string[]
  /** Of an id, relationship or join: how the ids it holds are written. */
  ids?: IdFormat
  /** Of a group, array or blocks field: the fields inside it, by name. */
  fields?: ReadonlyMap<string, FilterField>
  /** Where fewer operators than its kind's work (the parts of a link to several collections). */
  operators?: readonly string[]
}

// Payload's SQL for a link to several collections works for these alone: the link itself, and
// `in` on either part, fail in the database (a 500 or "Not supported").
const POLYMORPHIC_PART_OPERATORS = ['equals', 'not_equals']

/**
 * The key of a collection's `custom` config saying why filters may not reach its fields through a
 * link (FilterCollection.closedToLinks).
 */
export const CLOSED_TO_LINKS = 'closedToLinks'

export interface FilterCollection {
  slug: string
  fields: ReadonlyMap<string, FilterField>
  /**
   * Why a filter may not reach into this collection's fields through a link, when it may not:
   * its read access for readers is itself a filter over joins, which Payload's SQL cannot nest
   * under a link's join (a 500 on SQLite and PostgreSQL alike).
   */
  closedToLinks?: string
}

/** Every collection by slug; `versions` holds each versioned collection's version fields. */
export interface FilterSchema {
  collections: ReadonlyMap<string, FilterCollection>
  versions: ReadonlyMap<string, FilterCollection>
}

export type Resolved =
  | {
      field: FilterField
      path: string
      /** The link it was reached through (`section` for `section.name`). */
      link?: string
      /** The list of rows (array or blocks) it sits in. */
      list?: string
    }
  | { problem: string }

const CONTAINERS = new Set<FilterKind>(['group', 'array', 'blocks'])

const fieldNames = (fields: ReadonlyMap<string, FilterField>): string =>
  [...fields.keys()].slice(0, 12).join(', ') + (fields.size > 12 ? ', …' : '')

/**
 * The field a query path names, walked as Payload walks it: groups and arrays by their inner
 * fields (`dateline.filedAt`), relationships, uploads and joins into the collection they point at
 * (`section.name`), a polymorphic relationship by `relationTo` and `value`. GraphQL writes nested
 * paths with `__` (`dateline__filedAt`); they are read the same way.
 */
export const resolveFieldPath = (
  schema: FilterSchema,
  collection: FilterCollection,
  path: string,
  { isJoin = false }: { /** The path is in a join's own `where`. */ isJoin?: boolean } = {},
): Resolved => {
  const segments = path.replace(/__/g, '.').split('.')
  let fields = collection.fields
  let where = collection.slug
  // The link crossed so far: Payload's SQL for a second hop, for a join, list or array reached
  // through a link, fails in the database (a 500), so a filter crosses one link to plain fields.
  let link: string | undefined
  let list: string | undefined
  for (const [index, segment] of segments.entries()) {
    const walked = segments.slice(0, index + 1).join('.')
    const field = fields.get(segment)
    if (!field) {
      return {
        problem: `${where} has no field "${segment}" (it has ${fieldNames(fields)})`,
      }
    }
    const isLast = index === segments.length - 1
    const isTable = field.kind === 'join' || field.hasMany === true || field.kind === 'array'
    if (link && (isTable || field.kind === 'blocks' || (!isLast && isLink(field)))) {
      return {
        problem: `${walked} cannot be filtered on through ${link}: through a link, filter on the linked document's own single-valued fields (e.g. ${link}.id)`,
      }
    }
    // In a join's where, Payload's SQL names a row's id without its table (ambiguous on PostgreSQL).
    if (isLast && isJoin && list && segment === 'id') {
      return {
        problem: `${walked} is the id of a row of ${list}, which a join's filter cannot compare; filter on the row's other fields`,
      }
    }
    if (isLast) return { field: { ...field, name: walked }, path: walked, link, list }
    if (CONTAINERS.has(field.kind) && field.fields) {
      fields = field.fields
      where = walked
      if (field.kind !== 'group') list ??= walked
      continue
    }
    const targets = field.relationTo ?? []
    if ((field.kind === 'relationship' || field.kind === 'join') && targets.length === 1) {
      const target = schema.collections.get(targets[0]!)
      if (!target) return { problem: `${walked} points at ${targets[0]}, which cannot be queried` }
      if (target.closedToLinks) {
        return {
          problem: `${walked} points at ${target.slug}, whose fields cannot be filtered on through a link (${target.closedToLinks}); filter on ${walked} itself, by id`,
        }
      }
      fields = target.fields
      where = `${walked} (${target.slug})`
      link = walked
      continue
    }
    if (field.kind === 'polymorphic') {
      const rest = segments.slice(index + 1).join('.')
      if (rest === 'relationTo') {
        return {
          field: {
            name: `${walked}.relationTo`,
            kind: 'select',
            options: targets,
            operators: POLYMORPHIC_PART_OPERATORS,
          },
          path: `${walked}.relationTo`,
        }
      }
      if (rest === 'value') {
        return {
          field: {
            ...field,
            name: `${walked}.value`,
            kind: 'id',
            operators: POLYMORPHIC_PART_OPERATORS,
          },
          path: `${walked}.value`,
        }
      }
      return {
        problem: `${walked} points at ${targets.join(' or ')}: filter on ${walked}.relationTo or ${walked}.value`,
      }
    }
    if (field.kind === 'json') return { field: { ...field, name: path }, path }
    return { problem: `${walked} is a ${describeKind(field)} and has no fields inside it` }
  }
  return { problem: `"${path}" names no field` }
}

const isLink = (field: FilterField): boolean =>
  field.kind === 'relationship' || field.kind === 'join' || field.kind === 'polymorphic'

/** A field's type in newsroom words, for messages. */
export const describeKind = (field: Pick<FilterField, 'kind' | 'hasMany'>): string => {
  const many = field.hasMany ? ' (several values)' : ''
  switch (field.kind) {
    case 'text':
      return `text field${many}`
    case 'number':
      return `number${many}`
    case 'date':
      return 'date'
    case 'checkbox':
      return 'checkbox (true or false)'
    case 'select':
      return `choice of fixed values${many}`
    case 'id':
      return 'document id'
    case 'relationship':
      return `link to other documents${many}`
    case 'polymorphic':
      return 'link to documents of several collections'
    case 'join':
      return 'list of the documents that link here'
    case 'richText':
      return 'rich text field'
    case 'json':
      return 'JSON field'
    case 'group':
      return 'group of fields'
    case 'array':
      return 'list of rows'
    case 'blocks':
      return 'list of blocks'
    case 'point':
      return 'map point'
    case 'virtual':
      return 'field computed when read'
  }
}
