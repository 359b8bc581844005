import { Kind } from 'graphql'
import type { DocumentNode, FieldNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'
import { formatNames, toWords } from 'payload'
import type { SanitizedConfig } from 'payload'

import type { FilterCollection, FilterField, FilterSchema } from '../domain/security/filterFields'

/** What a GraphQL root field reads: its collection's documents, a list of them, or versions. */
type RootKind = 'doc' | 'find' | 'count' | 'versions' | 'versionDoc'

interface RootField {
  slug: string
  kind: RootKind
}

/** How Payload names a collection's queries and mutations, and its document type. */
export interface GraphQLNames {
  roots: ReadonlyMap<string, RootField>
  /** Document type name (`Article`) to collection slug, for fragments. */
  types: ReadonlyMap<string, string>
}

/**
 * The names Payload's GraphQL schema gives each collection (src: @payloadcms/graphql's
 * initCollections): `Article`, `Articles`, `countArticles`, `versionsArticles`, `createArticle`…
 * `Media`'s plural is `allMedia`, as Payload prefixes a plural that equals its singular.
 */
export const graphQLNamesOf = (config: SanitizedConfig): GraphQLNames => {
  const roots = new Map<string, RootField>()
  const types = new Map<string, string>()
  for (const collection of config.collections) {
    const { graphQL } = collection
    if (graphQL === false) continue
    const fromSlug = formatNames(collection.slug)
    const singular = graphQL?.singularName ? toWords(graphQL.singularName, true) : fromSlug.singular
    let plural = graphQL?.pluralName ? toWords(graphQL.pluralName, true) : fromSlug.plural
    if (singular === plural) plural = `all${singular}`
    const slug = collection.slug
    types.set(singular, slug)
    const add = (name: string, kind: RootKind) => roots.set(name, { slug, kind })
    add(singular, 'doc')
    add(plural, 'find')
    add(`count${plural}`, 'count')
    for (const action of ['create', 'update', 'delete', 'duplicate', 'restoreVersion']) {
      add(`${action}${singular}`, 'doc')
    }
    if (collection.versions) {
      add(`version${singular}`, 'versionDoc')
      add(`versions${plural}`, 'versions')
    }
  }
  return { roots, types }
}

/** The collection a field's `where` and `sort` name, and whether it is a join's. */
export interface FilterTarget {
  collection: FilterCollection
  isJoin: boolean
}

type Context =
  | { kind: 'doc'; collection: FilterCollection; fields: ReadonlyMap<string, FilterField> }
  | { kind: 'list'; doc: Context }
  | { kind: 'links'; targets: readonly string[] }
  | { kind: 'root' }
  | { kind: 'unknown' }

const UNKNOWN: Context = { kind: 'unknown' }

/**
 * For each field of a document that takes a `where` or `sort` (a collection's list and count, its
 * versions, and join fields at any depth, through relationships, groups, fragments and aliases),
 * the collection those name. Fields it cannot place are left out: their arguments still get the
 * checks that need no collection.
 */
export const filterTargets = (
  document: DocumentNode,
  schema: FilterSchema,
  names: GraphQLNames,
): Map<FieldNode, FilterTarget> => {
  const targets = new Map<FieldNode, FilterTarget>()
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  const docOf = (slug: string, versions = false): Context => {
    const collection = (versions ? schema.versions : schema.collections).get(slug)
    return collection ? { kind: 'doc', collection, fields: collection.fields } : UNKNOWN
  }
  const byType = (type: string | undefined, context: Context): Context => {
    if (context.kind === 'root') return context
    const slug = type ? names.types.get(type) : undefined
    return slug ? docOf(slug) : context
  }
  // A fragment spread in many places is walked once per place it can mean something different.
  const walked = new Set<string>()

  const walk = (selectionSet: SelectionSetNode | undefined, context: Context): void => {
    if (!selectionSet || context.kind === 'unknown') return
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, byType(selection.typeCondition?.name.value, context))
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value)
        const inner = byType(fragment?.typeCondition.name.value, context)
        const key = `${selection.name.value} ${contextKey(inner)}`
        if (!fragment || walked.has(key)) continue
        walked.add(key)
        walk(fragment.selectionSet, inner)
      } else {
        field(selection, context)
      }
    }
  }

  const field = (node: FieldNode, context: Context): void => {
    const name = node.name.value
    if (context.kind === 'root') {
      rootField(node)
      return
    }
    if (context.kind === 'list') {
      if (name === 'docs') walk(node.selectionSet, context.doc)
      return
    }
    if (context.kind === 'links') {
      // A link to several collections: `value { ... on Article { … } }`.
      if (name === 'value') walk(node.selectionSet, { kind: 'links', targets: context.targets })
      return
    }
    if (context.kind !== 'doc') return
    const found = context.fields.get(name)
    if (!found) return
    if (found.kind === 'join' && found.relationTo?.length === 1) {
      const target = schema.collections.get(found.relationTo[0]!)
      if (!target) return
      targets.set(node, { collection: target, isJoin: true })
      walk(node.selectionSet, { kind: 'list', doc: docOf(target.slug) })
    } else if (found.kind === 'relationship' && found.relationTo?.length === 1) {
      walk(node.selectionSet, docOf(found.relationTo[0]!))
    } else if (found.kind === 'polymorphic') {
      walk(node.selectionSet, { kind: 'links', targets: found.relationTo ?? [] })
    } else if (found.fields) {
      walk(node.selectionSet, { ...context, fields: found.fields })
    }
  }

  const rootField = (node: FieldNode): void => {
    const root = names.roots.get(node.name.value)
    if (!root) return
    const isVersions = root.kind === 'versions' || root.kind === 'versionDoc'
    const collection = (isVersions ? schema.versions : schema.collections).get(root.slug)
    if (!collection) return
    if (root.kind === 'find' || root.kind === 'count' || root.kind === 'versions') {
      targets.set(node, { collection, isJoin: false })
    }
    const doc = docOf(root.slug, isVersions)
    const isList = root.kind === 'find' || root.kind === 'versions'
    walk(node.selectionSet, isList ? { kind: 'list', doc } : doc)
  }

  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION)
      walk(definition.selectionSet, { kind: 'root' })
  }
  return targets
}

const contextKey = (context: Context): string => {
  switch (context.kind) {
    case 'doc':
      return `doc:${context.collection.slug}:${[...context.fields.keys()].join(',')}`
    case 'list':
      return `list:${contextKey(context.doc)}`
    case 'links':
      return `links:${context.targets.join(',')}`
    case 'root':
      return 'root'
    default:
      return 'unknown'
  }
}
