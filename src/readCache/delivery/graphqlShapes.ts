import { parse, print } from 'graphql'

import type { Rendering } from '../../database/deliveryStore'

/**
 * The GraphQL queries the read model answers, each for one story by its slug: what front ends ask
 * most (the bench's article query, and the article page of docs/graphql.md). Any other query is
 * Payload's to answer. Matched on the printed document, so whitespace and commas do not matter.
 */
export const ARTICLE_BY_SLUG_QUERY = `query ArticleBySlug($slug: String!) {
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

/** docs/graphql.md, "An article by its slug, with everything it links to" (kept in step by a test). */
export const ARTICLE_PAGE_QUERY = `query ArticleBySlug($slug: String!) {
  Articles(where: { slug: { equals: $slug } }, limit: 1) {
    docs {
      id
      headline
      slug
      standfirst
      publishedAt
      dateline {
        place
        filedAt
      }
      section {
        name
        slug
      }
      leadImage {
        url
        alt
        caption
        creditLine
        agencies {
          name
        }
      }
      people {
        name
        slug
        wikidataId
      }
      organizations {
        name
        acronym
        parent {
          name
        }
      }
      tags {
        name
        kind
      }
      quotes {
        text
        attribution
        speaker {
          name
        }
      }
      relatedLinks {
        title
        url
        article {
          headline
          slug
        }
      }
      authors {
        name
      }
      sourceAgencies {
        name
        acronym
      }
    }
  }
}`

export const GRAPHQL_SHAPES: ReadonlyArray<{ rendering: Rendering; query: string }> = [
  { rendering: 'graphqlBySlug', query: ARTICLE_BY_SLUG_QUERY },
  { rendering: 'graphqlArticlePage', query: ARTICLE_PAGE_QUERY },
]

const printed = (query: string): null | string => {
  try {
    return print(parse(query))
  } catch {
    return null
  }
}

const BY_PRINTED = new Map(GRAPHQL_SHAPES.map((shape) => [printed(shape.query), shape.rendering]))
const memo = new Map<string, null | Rendering>()

/** The rendering that answers this query for a story, or null when the model does not keep it. */
export const graphqlShapeOf = (query: string): null | Rendering => {
  const known = memo.get(query)
  if (known !== undefined) return known
  const normal = printed(query)
  const rendering = (normal !== null && BY_PRINTED.get(normal)) || null
  if (memo.size >= 1000) memo.clear()
  memo.set(query, rendering)
  return rendering
}
