import type { Article, Media, Person, Section } from '../../src/payload-types'

/**
 * What the article page selects. The generated types describe documents as REST returns them, where
 * a relationship may be an ID; GraphQL always returns the object, so pick from the related type.
 */
export type ArticlePage = Pick<
  Article,
  'id' | 'headline' | 'slug' | 'standfirst' | 'publishedAt'
> & {
  section: Pick<Section, 'name' | 'slug'> | null
  leadImage: Pick<Media, 'url' | 'alt' | 'caption' | 'creditLine'> | null
  people: Pick<Person, 'name' | 'slug'>[]
}

const ARTICLE_PAGE = /* GraphQL */ `
  query ArticlePage($slug: String!) {
    Articles(where: { slug: { equals: $slug } }, limit: 1) {
      docs {
        id
        headline
        slug
        standfirst
        publishedAt
        section {
          name
          slug
        }
        leadImage {
          url
          alt
          caption
          creditLine
        }
        people {
          name
          slug
        }
      }
    }
  }
`

interface GraphQLResponse<T> {
  data?: T | null
  errors?: Array<{ message: string }>
}

/** The published article with this slug, or null; `headers` may carry a preview key for drafts. */
export const fetchArticleBySlug = async (
  endpoint: string,
  slug: string,
  headers: Record<string, string> = {},
): Promise<ArticlePage | null> => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query: ARTICLE_PAGE, variables: { slug } }),
  })
  const body = (await response.json()) as GraphQLResponse<{ Articles: { docs: ArticlePage[] } }>
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('\n'))
  return body.data?.Articles.docs[0] ?? null
}
