import type { FlattenedField, Payload } from 'payload'
import { formatNames } from 'payload'

/**
 * What the query fuzzer knows of the content model, read from the running Payload config on its
 * own (not from the guards' schema, so a field the guards forgot is still tried): every field
 * path of every collection, nested groups and arrays and one hop through each link included.
 */
export interface FuzzField {
  /** As REST writes it: `dateline.filedAt`, `section.name`. */
  path: string
  /** Payload's field type, `id`, or `group`/`array` for a container itself. */
  type: string
  hasMany: boolean
  options: string[]
  /** For links and joins: the collections they point at. */
  relationTo: string[]
  isVirtual: boolean
  /** Hidden from the API (a password hash, a reset token): Payload refuses filters on it. */
  isHidden: boolean
  /** Reached through a link (`section.name`): GraphQL's where has no such path. */
  isThroughLink: boolean
}

export interface FuzzCollection {
  slug: string
  /** Payload's GraphQL list query (`Articles`, `allMedia`), or undefined without GraphQL. */
  graphQLList?: string
  fields: FuzzField[]
  /** Join fields: where REST's `joins[…]` and GraphQL's join arguments point. */
  joins: Array<{ path: string; collection: string }>
  /** Real ids, so some filters match something. */
  ids: Array<number | string>
  /** Whether staff may run bulk writes here (Payload's own collections are left alone). */
  isWritable: boolean
}

const asField = (field: FlattenedField, path: string, isThroughLink: boolean): FuzzField => ({
  path,
  type: field.type,
  hasMany: 'hasMany' in field && field.hasMany === true,
  options:
    'options' in field
      ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
      : [],
  relationTo:
    'relationTo' in field
      ? [field.relationTo].flat()
      : field.type === 'join'
        ? [field.collection].flat()
        : [],
  isVirtual: 'virtual' in field && field.virtual === true,
  isHidden: 'hidden' in field && field.hidden === true,
  isThroughLink,
})

const pathsOf = (
  fields: readonly FlattenedField[],
  prefix: string,
  isThroughLink: boolean,
  isInHidden = false,
): FuzzField[] =>
  fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    const here = asField(field, path, isThroughLink)
    // A field inside a hidden one (a user's sessions) is hidden with it.
    if (isInHidden) here.isHidden = true
    if ('flattenedFields' in field && field.flattenedFields) {
      const inner = pathsOf(field.flattenedFields, `${path}.`, isThroughLink, here.isHidden)
      return [here, ...inner]
    }
    return [here]
  })

export const readModel = async (payload: Payload): Promise<FuzzCollection[]> => {
  const configs = payload.config.collections
  const model: FuzzCollection[] = []
  for (const collection of configs) {
    const own = pathsOf(collection.flattenedFields, '', false)
    // One hop through each link to a single collection: `section.name`, `leadImage.alt`.
    const throughLinks = own.flatMap((field) => {
      if (!['relationship', 'upload', 'join'].includes(field.type)) return []
      if (field.relationTo.length !== 1) return []
      const target = configs.find((each) => each.slug === field.relationTo[0])
      if (!target) return []
      return pathsOf(target.flattenedFields, `${field.path}.`, true)
        .filter((inner) => !inner.path.slice(field.path.length + 1).includes('.'))
        .concat([
          {
            ...asField({ name: 'id', type: 'number' } as never, `${field.path}.id`, true),
            type: 'id',
          },
        ])
    })
    const hasId = own.some((field) => field.path === 'id')
    const id: FuzzField = {
      path: 'id',
      type: 'id',
      hasMany: false,
      options: [],
      relationTo: [],
      isVirtual: false,
      isHidden: false,
      isThroughLink: false,
    }
    const { docs } = await payload.find({
      collection: collection.slug as 'articles',
      overrideAccess: true,
      draft: true,
      depth: 0,
      limit: 5,
    })
    const graphQL = collection.graphQL
    const names = formatNames(collection.slug)
    const plural = names.plural === names.singular ? `all${names.plural}` : names.plural
    model.push({
      slug: collection.slug,
      graphQLList: graphQL === false ? undefined : plural,
      fields: [...(hasId ? [] : [id]), ...own, ...throughLinks],
      joins: own
        .filter((field) => field.type === 'join' && field.relationTo.length === 1)
        .map((field) => ({ path: field.path, collection: field.relationTo[0]! })),
      ids: docs.map((doc) => doc.id),
      isWritable: !collection.slug.startsWith('payload-'),
    })
  }
  return model
}

/**
 * The operators the admin's filter offers for each field type (@payloadcms/ui's own table, which
 * its package does not export): a sound value under one of these must never be refused.
 */
export const adminOperators = async (): Promise<Record<string, string[]>> => {
  const { createRequire } = await import('node:module')
  const path = await import('node:path')
  const { pathToFileURL } = await import('node:url')
  const client = createRequire(import.meta.url).resolve('@payloadcms/ui')
  const dist = client.slice(0, client.lastIndexOf(`${path.sep}dist${path.sep}`) + 5)
  const file = path.join(dist, 'elements', 'WhereBuilder', 'field-types.js')
  const { fieldTypeConditions } = (await import(pathToFileURL(file).href)) as {
    fieldTypeConditions: Record<string, { operators: Array<{ value: string }> }>
  }
  return Object.fromEntries(
    Object.entries(fieldTypeConditions).map(([type, { operators }]) => [
      type,
      operators.map((operator) => operator.value),
    ]),
  )
}
