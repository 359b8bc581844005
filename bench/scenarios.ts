/**
 * The read paths the bench loads, as a front end would ask for them. Each CMS path names the
 * floor path it is compared with.
 */

export interface BenchTargets {
  slug: string
  sectionId: number | string
  tagId: number | string
  personId: number | string
}

export interface Scenario {
  name: string
  title: string
  server: 'cms' | 'floor'
  method: 'GET' | 'POST'
  path: string
  body?: string
  /** The floor scenario this one is measured against. */
  floor?: string
}

export const ARTICLE_QUERY = `query ArticleBySlug($slug: String!) {
  Articles(where: { slug: { equals: $slug } }, limit: 1) {
    docs {
      id headline slug standfirst body publishedAt
      section { name slug }
      tags { name slug kind }
      people { name slug }
      organizations { name slug acronym }
    }
  }
}`

const latest = (field: string, id: number | string) =>
  `/api/articles?where[${field}][equals]=${id}&sort=-publishedAt&limit=20&depth=0`

export const scenarios = (targets: BenchTargets): Scenario[] => [
  {
    name: 'floor-slug',
    title: 'floor: article by slug (node:http)',
    server: 'floor',
    method: 'GET',
    path: `/articles/slug/${targets.slug}`,
  },
  {
    name: 'floor-section',
    title: 'floor: 20 latest in a section (node:http)',
    server: 'floor',
    method: 'GET',
    path: `/sections/${targets.sectionId}/latest`,
  },
  {
    name: 'rest-slug',
    title: 'REST article by slug, depth 1',
    server: 'cms',
    method: 'GET',
    path: `/api/articles?where[slug][equals]=${targets.slug}&depth=1`,
    floor: 'floor-slug',
  },
  {
    name: 'graphql-slug',
    title: 'GraphQL article by slug + people, orgs, tags',
    server: 'cms',
    method: 'POST',
    path: '/api/graphql',
    body: JSON.stringify({ query: ARTICLE_QUERY, variables: { slug: targets.slug } }),
    floor: 'floor-slug',
  },
  {
    name: 'section-latest',
    title: 'REST 20 latest published in a section',
    server: 'cms',
    method: 'GET',
    path: latest('section', targets.sectionId),
    floor: 'floor-section',
  },
  {
    name: 'tag-articles',
    title: 'REST 20 latest with a tag',
    server: 'cms',
    method: 'GET',
    path: latest('tags', targets.tagId),
    floor: 'floor-section',
  },
  {
    name: 'person-articles',
    title: "REST a person's 20 latest",
    server: 'cms',
    method: 'GET',
    path: latest('people', targets.personId),
    floor: 'floor-section',
  },
]
