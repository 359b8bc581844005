/**
 * Unique fields that may be left empty (a person's Wikidata ID, an imported story's wire
 * reference, slugs, an upload's file name) on MongoDB.
 *
 * Payload's adapter gives such a field a *sparse* unique index. A sparse index leaves out only the
 * documents that lack the field; a document whose field is `null` is indexed, so the second person
 * saved without a Wikidata ID (the importer writes `wikidataId: null`, and so does clearing the
 * field) is a duplicate key, and the seed fails on MongoDB with the stack up but empty. SQL
 * databases never count NULLs as duplicates, so this is MongoDB's alone.
 *
 * Here each such index becomes a *partial* unique index over the documents where the field holds
 * a non-empty string (`{ field: { $gt: '' } }`): `null`, a missing field and `''` are all left out,
 * whatever a writer sends, and two values that are set are still refused as duplicates.
 * (src/fields/emptyMeansNone.ts also stores a blank as null, on every database.) The filter is a
 * comparison, not `$type: 'string'`, because MongoDB uses a partial index only for a query it can
 * prove falls inside the filter, and it proves that for `{ slug: 'x' }` against `$gt: ''` but not
 * against a `$type` filter: with `$type`, every read of a story by slug would scan the collection.
 */

import { Types } from 'mongoose'

/** The parts of a Mongoose schema this reads and changes. */
export interface IndexedSchema {
  paths: Record<string, IndexedPath>
}

interface IndexedPath {
  instance?: string
  _index?: unknown
  caster?: { instance?: string }
  schema?: IndexedSchema
  $isSingleNested?: boolean
}

/**
 * The Mongoose types whose set values this can describe, each by the lowest value it can hold:
 * text (one value or many), and a link's ObjectId (a read-model row whose story was deleted keeps
 * an empty link). MongoDB compares within one type only, so `$gt` the lowest value takes in every
 * value that is set and leaves out `null`, and a lookup by value can still use the index.
 */
const LOWEST_VALUE: Record<string, unknown> = {
  String: '',
  ObjectId: new Types.ObjectId('000000000000000000000000'),
}

/** One index this module made partial: the field's full path and the index's name. */
export interface UniqueWhenSet {
  path: string
  name: string
}

export const uniqueWhenSetName = (path: string): string => `${path}_unique_when_set`

const isSparseUnique = (index: unknown): index is Record<string, unknown> =>
  typeof index === 'object' &&
  index !== null &&
  (index as { unique?: unknown }).unique === true &&
  (index as { sparse?: unknown }).sparse === true

/**
 * Turns every sparse unique index the schema declares on a field (nested groups included) into a
 * partial one, and says which. Throws for a field of another type, rather than leave that field's
 * `null`s colliding.
 */
export const makeUniqueWhenSet = (
  schema: IndexedSchema,
  collection: string,
  prefix = '',
): UniqueWhenSet[] => {
  const changed: UniqueWhenSet[] = []
  for (const [key, path] of Object.entries(schema.paths)) {
    if (path.$isSingleNested && path.schema) {
      changed.push(...makeUniqueWhenSet(path.schema, collection, `${prefix}${key}.`))
    }
    if (!isSparseUnique(path._index)) continue
    const fullPath = `${prefix}${key}`
    const instance = path.instance === 'Array' ? path.caster?.instance : path.instance
    if (!instance || !(instance in LOWEST_VALUE)) {
      throw new Error(
        `${collection}.${fullPath}: a unique field of type ${String(instance)} that may be empty has no partial index here (src/database/mongodb/uniqueWhenSet.ts)`,
      )
    }
    const { sparse: _sparse, ...options } = path._index
    const name = uniqueWhenSetName(fullPath)
    path._index = {
      ...options,
      unique: true,
      name,
      partialFilterExpression: { [fullPath]: { $gt: LOWEST_VALUE[instance] } },
    }
    changed.push({ path: fullPath, name })
  }
  return changed
}

/** An index as MongoDB lists it. */
export interface ListedIndex {
  name?: string
  key?: Record<string, unknown>
  unique?: boolean
  sparse?: boolean
  partialFilterExpression?: unknown
}

/**
 * The sparse unique index an earlier start built for a field that now has a partial one: it still
 * refuses a second `null`, so it must go before the partial one is built.
 */
export const isReplacedSparseIndex = (index: ListedIndex, field: UniqueWhenSet): boolean =>
  index.name !== field.name &&
  index.unique === true &&
  index.sparse === true &&
  index.partialFilterExpression === undefined &&
  Object.keys(index.key ?? {}).join() === field.path
