import type { FlattenedField, SanitizedCollectionConfig } from 'payload'
import { parse as parseQueryString } from 'qs-esm'

import type { FieldShape } from '../domain/security/dataShape'
import type { EndpointPattern } from '../domain/security/routeIds'

/** What the request guards need to know of a collection, read once from the config. */
export interface GuardedCollection {
  slug: string
  /** Its endpoints in Payload's order, or false where it serves none. */
  endpoints: false | readonly EndpointPattern[]
  /** Groups and arrays, whose data must be objects and lists. */
  fields: FieldShape[]
}

const shapeOf = (fields: readonly FlattenedField[]): FieldShape[] =>
  fields.map((field) => ({
    name: field.name,
    type: field.type,
    fields:
      field.type === 'group' || field.type === 'array' ? shapeOf(field.flattenedFields) : undefined,
  }))

export const guardedCollections = (
  collections: readonly SanitizedCollectionConfig[],
): GuardedCollection[] =>
  collections.map((collection) => ({
    slug: collection.slug,
    endpoints: collection.endpoints === false ? false : collection.endpoints,
    fields: shapeOf(collection.flattenedFields),
  }))

// The same parser and options as Payload (createPayloadRequest), so both see the same query.
export const parseLikePayload = (search: string): Record<string, unknown> =>
  parseQueryString(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>
