import { describe, expect, it } from 'vitest'

import { ARTICLE_BY_SLUG_QUERY } from './graphqlShapes'
import { graphqlQuestion, restQuestion } from './questions'

const ask = (path: string) => restQuestion(new URL(path, 'http://localhost'))

describe('which REST reads the read model answers', () => {
  it.each([
    {
      path: '/api/articles?where[slug][equals]=a-story&depth=1',
      is: {
        kind: 'story',
        key: { slug: 'a-story' },
        rendering: 'depthOne',
        envelope: { limit: 10 },
      },
    },
    {
      path: '/api/articles?where[slug][equals]=a-story',
      is: { kind: 'story', rendering: 'depthTwo', envelope: { limit: 10 } },
    },
    {
      path: '/api/articles?where[slug][equals]=a-story&limit=1&depth=0&bench-nocache=7',
      is: { kind: 'story', rendering: 'depthZero', envelope: { limit: 1 } },
    },
    {
      path: '/api/articles/12',
      is: { kind: 'story', key: { id: '12' }, rendering: 'depthTwo', envelope: null },
    },
    { path: '/api/articles/12?depth=1', is: { kind: 'story', rendering: 'depthOne' } },
    { path: '/api/articles/slug/a-story/ninjs', is: { kind: 'story', rendering: 'ninjs' } },
    {
      path: '/api/articles/12/jsonld',
      is: { kind: 'story', rendering: 'jsonLd', contentType: 'application/ld+json' },
    },
    {
      path: '/api/articles?where[section][equals]=3&sort=-publishedAt&limit=20&depth=0',
      is: { kind: 'list', field: 'section', id: '3', limit: 20 },
    },
    {
      path: '/api/articles?where[tags][equals]=3&sort=-publishedAt&limit=20&depth=0',
      is: { kind: 'list', field: 'tags' },
    },
  ])('$path is answered', ({ path, is }) => {
    expect(ask(path)).toMatchObject(is)
  })

  it.each([
    '/api/articles?where[slug][equals]=a-story&depth=3',
    '/api/articles?where[slug][equals]=a-story&select[headline]=true',
    '/api/articles?where[slug][equals]=a-story&draft=true',
    '/api/articles?where[slug][equals]=a-story&page=2',
    '/api/articles?where[slug][equals]=a-story&limit=0',
    '/api/articles?where[slug][equals]=a-story&where[slug][equals]=b',
    '/api/articles?where[slug][like]=a-story',
    '/api/articles?where[slug][equals]=a-story&locale=en',
    '/api/articles?where[section][equals]=3&sort=publishedAt&limit=20&depth=0',
    '/api/articles?where[section][equals]=3&sort=-publishedAt&limit=20&depth=1',
    '/api/articles?where[section][equals]=3&sort=-publishedAt&limit=20',
    '/api/articles/12?populate[people][name]=true',
    '/api/articles/slug/a-story/ninjs?draft=true',
    '/api/articles/not-an-id',
    '/api/people?where[slug][equals]=a-person',
  ])('%s goes to Payload', (path) => {
    expect(ask(path)).toBeNull()
  })
})

describe('which GraphQL reads the read model answers', () => {
  const body = (value: unknown) => JSON.stringify(value)
  it.each([
    { body: body({ query: ARTICLE_BY_SLUG_QUERY, variables: { slug: 's' } }), is: 'graphqlBySlug' },
    {
      body: body({
        query: ARTICLE_BY_SLUG_QUERY,
        variables: { slug: 's' },
        operationName: 'ArticleBySlug',
      }),
      is: 'graphqlBySlug',
    },
    {
      body: body({ query: ARTICLE_BY_SLUG_QUERY, variables: { slug: 's', draft: true } }),
      is: null,
    },
    { body: body({ query: ARTICLE_BY_SLUG_QUERY, variables: { slug: 3 } }), is: null },
    { body: body({ query: '{ Articles { docs { id } } }' }), is: null },
    { body: 'not json', is: null },
  ])('$body → $is', ({ body: text, is }) => {
    const question = graphqlQuestion(text)
    expect(question && question.kind === 'graphql' ? question.rendering : null).toBe(is)
  })
})
