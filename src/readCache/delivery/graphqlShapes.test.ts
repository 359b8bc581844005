import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { ARTICLE_BY_SLUG_QUERY, graphqlShapeOf } from './graphqlShapes'

/** The query of the guide's "article-by-slug" example, as a front-end developer copies it. */
const guideQuery = (): string => {
  const guide = readFileSync('docs/graphql.md', 'utf8')
  const example = guide.slice(guide.indexOf('<!-- example: article-by-slug -->'))
  const match = /```graphql\n([\s\S]*?)```/.exec(example)
  if (!match?.[1]) throw new Error('docs/graphql.md has no article-by-slug example')
  return match[1]
}

describe('the GraphQL queries the read model answers', () => {
  it.each([
    {
      name: "the guide's article page, as printed there",
      query: guideQuery(),
      kept: 'graphqlArticlePage',
    },
    { name: "the bench's article query", query: ARTICLE_BY_SLUG_QUERY, kept: 'graphqlBySlug' },
    {
      name: 'the same query on one line, with commas',
      query: ARTICLE_BY_SLUG_QUERY.replace(/\s+/g, ' ').replace('headline slug', 'headline, slug'),
      kept: 'graphqlBySlug',
    },
    {
      name: 'one more field asked',
      query: ARTICLE_BY_SLUG_QUERY.replace('headline', 'headline workflowStage'),
      kept: null,
    },
    { name: 'not GraphQL', query: '{ Articles(', kept: null },
  ])('$name → $kept', ({ query, kept }) => {
    expect(graphqlShapeOf(query)).toBe(kept)
  })
})
