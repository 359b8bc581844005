/**
 * The read paths the bench loads, as readers ask for them: each path rotates over all published
 * stories (or sections, tags, people), uniformly and with Zipf's skew, and once more with the read
 * cache bypassed (a unique query parameter per request, which Payload ignores and the read cache
 * keys on, so every request is a miss: the computing path). The one-story rows of earlier runs stay,
 * labelled as the hot path. Each CMS path names the floor path it is compared with.
 */
import { ARTICLE_BY_SLUG_QUERY } from '../src/readCache/delivery/graphqlShapes'
import { picker } from './rotation'
import type { Rotation } from './rotation'

export interface BenchTargets {
  /** All published stories' slugs; `hotSlug` is the one the hot path asks for. */
  slugs: string[]
  hotSlug: string
  sectionIds: (number | string)[]
  tagIds: (number | string)[]
  personIds: (number | string)[]
  /** Search queries drawn from the corpus's words and names (searchQueries.ts); the first is hot. */
  searchQueries: string[]
}

export interface BenchRequest {
  path: string
  body?: string
}

export interface Scenario {
  name: string
  title: string
  server: 'cms' | 'floor'
  method: 'GET' | 'POST'
  rotation: Rotation
  /** A unique query parameter on every request: no answer is ever found in the read cache. */
  isCacheBypassed: boolean
  /** The request to send next (each call moves the rotation on). */
  next: () => BenchRequest
  /** The floor scenario this one is measured against. */
  floor?: string
}

/** The article query front ends send most; the read model keeps its answer (graphqlShapes.ts). */
export const ARTICLE_QUERY = ARTICLE_BY_SLUG_QUERY

/** The parameter that defeats the read cache; Payload ignores parameters it does not know. */
export const BYPASS_PARAMETER = 'bench-nocache'

const latest = (field: string, id: number | string) =>
  `/api/articles?where[${field}][equals]=${id}&sort=-publishedAt&limit=20&depth=0`

const ROTATION_LABEL: Record<Rotation, string> = {
  hot: 'one item (hot path)',
  uniform: 'rotating over all',
  zipf: 'Zipf s=1 over all',
}

interface PathDefinition<T> {
  name: string
  title: string
  server: 'cms' | 'floor'
  method: 'GET' | 'POST'
  items: T[]
  hot: T
  request: (item: T) => BenchRequest
  floor?: (rotation: Rotation) => string
}

const withBypass = (request: BenchRequest, counter: number): BenchRequest => ({
  ...request,
  path: `${request.path}${request.path.includes('?') ? '&' : '?'}${BYPASS_PARAMETER}=${counter}`,
})

const variant = <T>(
  definition: PathDefinition<T>,
  rotation: Rotation,
  isCacheBypassed: boolean,
): Scenario => {
  const pick = picker(definition.items.length, rotation, {
    hotIndex: Math.max(0, definition.items.indexOf(definition.hot)),
  })
  let counter = 0
  const bypassLabel = isCacheBypassed ? ', cache bypassed' : ''
  return {
    name: `${definition.name}-${rotation}${isCacheBypassed ? '-bypassed' : ''}`,
    title: `${definition.title}, ${ROTATION_LABEL[rotation]}${bypassLabel}`,
    server: definition.server,
    method: definition.method,
    rotation,
    isCacheBypassed,
    next: () => {
      const request = definition.request(definition.items[pick()]!)
      counter += 1
      return isCacheBypassed ? withBypass(request, counter) : request
    },
    floor: definition.floor?.(rotation),
  }
}

/** The floor rotates as the path it is compared with: hot against hot, rotating against rotating. */
const floorFor = (name: string) => (rotation: Rotation) =>
  `${name}-${rotation === 'hot' ? 'hot' : 'uniform'}`

const definitions = (targets: BenchTargets) => {
  const slugPath = (slug: string) => `/api/articles?where[slug][equals]=${slug}&depth=1`
  const slugs: PathDefinition<string> = {
    name: 'rest-slug',
    title: 'REST article by slug, depth 1',
    server: 'cms',
    method: 'GET',
    items: targets.slugs,
    hot: targets.hotSlug,
    request: (slug) => ({ path: slugPath(slug) }),
    floor: floorFor('floor-slug'),
  }
  const list = (
    name: string,
    title: string,
    field: string,
    ids: (number | string)[],
  ): PathDefinition<number | string> => ({
    name,
    title,
    server: 'cms',
    method: 'GET',
    items: ids,
    hot: ids[0]!,
    request: (id) => ({ path: latest(field, id) }),
    floor: floorFor('floor-section'),
  })
  return {
    floorSlug: {
      name: 'floor-slug',
      title: 'floor: article by slug (node:http)',
      server: 'floor',
      method: 'GET',
      items: targets.slugs,
      hot: targets.hotSlug,
      request: (slug: string) => ({ path: `/articles/slug/${slug}` }),
    } satisfies PathDefinition<string>,
    floorSection: {
      name: 'floor-section',
      title: 'floor: 20 latest in a section (node:http)',
      server: 'floor',
      method: 'GET',
      items: targets.sectionIds,
      hot: targets.sectionIds[0]!,
      request: (id: number | string) => ({ path: `/sections/${id}/latest` }),
    } satisfies PathDefinition<number | string>,
    floorSearch: {
      name: 'floor-search',
      title: 'floor: the same full-text query, first 10 (node:http)',
      server: 'floor',
      method: 'GET',
      items: targets.searchQueries,
      hot: targets.searchQueries[0]!,
      request: (q: string) => ({ path: `/search?q=${encodeURIComponent(q)}` }),
    } satisfies PathDefinition<string>,
    search: {
      name: 'search',
      title: 'REST full-text search, first 10 with passages',
      server: 'cms',
      method: 'GET',
      items: targets.searchQueries,
      hot: targets.searchQueries[0]!,
      request: (q: string) => ({ path: `/api/search?q=${encodeURIComponent(q)}&limit=10` }),
      floor: floorFor('floor-search'),
    } satisfies PathDefinition<string>,
    slugs,
    graphql: {
      ...slugs,
      name: 'graphql-slug',
      title: 'GraphQL article by slug + people, orgs, tags',
      method: 'POST',
      request: (slug: string) => ({
        path: '/api/graphql',
        body: JSON.stringify({ query: ARTICLE_QUERY, variables: { slug } }),
      }),
    } satisfies PathDefinition<string>,
    section: list(
      'section-latest',
      'REST 20 latest published in a section',
      'section',
      targets.sectionIds,
    ),
    tag: list('tag-articles', 'REST 20 latest with a tag', 'tags', targets.tagIds),
    person: list('person-articles', "REST a person's 20 latest", 'people', targets.personIds),
  }
}

const CMS_VARIANTS: Array<[Rotation, boolean]> = [
  ['hot', false],
  ['uniform', false],
  ['zipf', false],
  ['uniform', true],
]

/**
 * Every row of a run, each path's floor before its CMS rows (a ratio needs its floor from the same
 * run). Search goes last: on a large corpus its queries outlive the row that asked them (the
 * floor's process and PostgreSQL finish what the load generator gave up on), which slowed every
 * row after them at 100 000 stories.
 */
export const scenarios = (targets: BenchTargets): Scenario[] => {
  const paths = definitions(targets)
  const floorRows = <T>(definition: PathDefinition<T>) => [
    variant(definition, 'hot', false),
    variant(definition, 'uniform', false),
  ]
  const cmsRows = <T>(definition: PathDefinition<T>) =>
    CMS_VARIANTS.map(([rotation, isBypassed]) => variant(definition, rotation, isBypassed))
  const reads = [paths.slugs, paths.graphql, paths.section, paths.tag, paths.person]
  return [
    ...floorRows(paths.floorSlug),
    ...floorRows(paths.floorSection),
    ...reads.flatMap((definition) => cmsRows(definition as PathDefinition<unknown>)),
    ...floorRows(paths.floorSearch),
    ...cmsRows(paths.search),
  ]
}

/** The REST slug read that the editors' saves are measured beside. */
export const slugReads = (targets: BenchTargets, rotation: Rotation): Scenario =>
  variant(definitions(targets).slugs, rotation, false)
