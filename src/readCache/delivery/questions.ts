import type { Rendering } from '../../database/deliveryStore'
import { LIST_FIELDS } from '../../domain/publishing/storyLists'
import type { ListField } from '../../domain/publishing/storyLists'
import { graphqlShapeOf } from './graphqlShapes'

/** What an anonymous read asks the read model, when it asks something the model keeps. */
export type Question =
  /** One story's rendering; `envelope` when asked as a list (`?where[slug][equals]=`). */
  | {
      kind: 'story'
      key: { slug: string } | { id: string }
      rendering: Rendering
      envelope: null | { limit: number }
      contentType: string
    }
  /** A list's first page, newest first (`sort=-publishedAt`, depth 0). */
  | { kind: 'list'; field: ListField; id: string; limit: number }
  | { kind: 'graphql'; slug: string; rendering: Rendering }

/**
 * The query parameters Payload's REST API reads (and this project's guards check). Any other
 * parameter changes nothing in Payload's answer, so the model may ignore it; one of these that the
 * model does not answer exactly sends the read to Payload.
 */
const PAYLOAD_PARAMETERS = new Set([
  'where',
  'depth',
  'limit',
  'page',
  'sort',
  'select',
  'populate',
  'joins',
  'draft',
  'locale',
  'fallback-locale',
  'fallbackLocale',
  'pagination',
  'trash',
  'autosave',
  'data',
  'publishSpecificLocale',
  'flattenLocales',
  'showHiddenFields',
  'disableErrors',
  'currentDepth',
])

const baseName = (name: string): string => name.split(/[[.]/)[0] ?? name

const DEPTH_RENDERING: Record<string, Rendering> = {
  '0': 'depthZero',
  '1': 'depthOne',
  '2': 'depthTwo',
}
/** Payload's `defaultDepth`, unchanged in this project's config. */
const DEFAULT_DEPTH = '2'
const MAX_LIMIT = 100
const DEFAULT_LIMIT = 10

/** Payload's ids here: serial integers, or MongoDB's ObjectIds. */
const ID = /^(?:[1-9]\d{0,15}|[0-9a-f]{24})$/

/**
 * The Payload parameters of a query, each once, or null when one repeats (qs would read an array)
 * or is not plain.
 */
const payloadParameters = (search: URLSearchParams): Map<string, string> | null => {
  const asked = new Map<string, string>()
  for (const [name, value] of search) {
    if (!PAYLOAD_PARAMETERS.has(baseName(name))) continue
    if (asked.has(name)) return null
    asked.set(name, value)
  }
  return asked
}

const onlyThese = (asked: Map<string, string>, allowed: string[]): boolean =>
  [...asked.keys()].every((name) => allowed.includes(name))

const limitOf = (value: string | undefined, fallback: number): null | number => {
  if (value === undefined) return fallback
  if (!/^[1-9]\d{0,2}$/.test(value)) return null
  const limit = Number(value)
  return limit <= MAX_LIMIT ? limit : null
}

/** As Payload's router decodes a path parameter; '' when it cannot be decoded. */
const decoded = (part: string): string => {
  try {
    return decodeURIComponent(part)
  } catch {
    return ''
  }
}

const storyByPath = (path: string): null | Question => {
  const output = /^\/api\/articles\/(?:slug\/([^/]+)|([^/]+))\/(ninjs|jsonld)$/.exec(path)
  if (output) {
    const [, slug, id, format] = output
    const key: { slug: string } | { id: string } =
      slug !== undefined ? { slug: decoded(slug) } : { id: decoded(id ?? '') }
    if ('id' in key ? !ID.test(key.id) : key.slug === '') return null
    return {
      kind: 'story',
      key,
      rendering: format === 'ninjs' ? 'ninjs' : 'jsonLd',
      envelope: null,
      contentType: format === 'ninjs' ? 'application/json' : 'application/ld+json',
    }
  }
  return null
}

/** The question a REST GET asks the model, or null when Payload is to answer it. */
export const restQuestion = (url: URL): null | Question => {
  const path = url.pathname
  const asked = payloadParameters(url.searchParams)
  if (!asked) return null
  const news = storyByPath(path)
  if (news) return asked.size === 0 ? news : null
  const byId = /^\/api\/articles\/([^/]+)$/.exec(path)?.[1]
  if (byId !== undefined) {
    const id = decoded(byId)
    const rendering = DEPTH_RENDERING[asked.get('depth') ?? DEFAULT_DEPTH]
    if (!ID.test(id) || !rendering || !onlyThese(asked, ['depth'])) return null
    return {
      kind: 'story',
      key: { id },
      rendering,
      envelope: null,
      contentType: 'application/json',
    }
  }
  if (path !== '/api/articles') return null
  const slug = asked.get('where[slug][equals]')
  if (slug !== undefined) {
    const rendering = DEPTH_RENDERING[asked.get('depth') ?? DEFAULT_DEPTH]
    const limit = limitOf(asked.get('limit'), DEFAULT_LIMIT)
    const isFirstPage = (asked.get('page') ?? '1') === '1'
    if (!rendering || limit === null || !isFirstPage || slug === '') return null
    if (!onlyThese(asked, ['where[slug][equals]', 'depth', 'limit', 'page'])) return null
    return {
      kind: 'story',
      key: { slug },
      rendering,
      envelope: { limit },
      contentType: 'application/json',
    }
  }
  for (const field of LIST_FIELDS) {
    const id = asked.get(`where[${field}][equals]`)
    if (id === undefined) continue
    const limit = limitOf(asked.get('limit'), DEFAULT_LIMIT)
    const isShape =
      asked.get('sort') === '-publishedAt' &&
      asked.get('depth') === '0' &&
      (asked.get('page') ?? '1') === '1'
    const allowed = [`where[${field}][equals]`, 'sort', 'depth', 'limit', 'page']
    if (!isShape || limit === null || !ID.test(id) || !onlyThese(asked, allowed)) return null
    return { kind: 'list', field, id, limit }
  }
  return null
}

/** The question a GraphQL POST body asks the model, or null when Payload is to answer it. */
export const graphqlQuestion = (body: string): null | Question => {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null
  const { query, variables, operationName, ...rest } = parsed as Record<string, unknown>
  if (Object.keys(rest).length > 0 || typeof query !== 'string') return null
  if (operationName !== undefined && operationName !== null && operationName !== 'ArticleBySlug') {
    return null
  }
  if (typeof variables !== 'object' || variables === null) return null
  const { slug, ...others } = variables as Record<string, unknown>
  if (typeof slug !== 'string' || Object.keys(others).length > 0) return null
  const rendering = graphqlShapeOf(query)
  return rendering ? { kind: 'graphql', slug, rendering } : null
}
