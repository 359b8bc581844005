import { textAgencies } from './agencies'
import type { PublicationContext, PublishableArticle } from './types'

/** Who a story is credited to, in neutral terms each output maps to its own vocabulary. */
export type Credit =
  | { kind: 'person'; name: string; url?: string }
  | { kind: 'organization'; name: string; url?: string; wikidataId?: string }

/**
 * The byline; a wire story without one is credited to the agencies it came from, and a story
 * with neither to the publisher, so every article names someone responsible for it.
 */
export const creditedAuthors = (
  article: PublishableArticle,
  context: PublicationContext,
): Credit[] => {
  const bylined = (article.authors ?? []).filter((author) => author.name.trim() !== '')
  if (bylined.length > 0) {
    return bylined.map((author) => ({ kind: 'person', name: author.name.trim(), url: author.url }))
  }
  const agencies = textAgencies(article)
  if (agencies.length > 0) {
    return agencies.map((agency) => ({
      kind: 'organization',
      name: agency.name,
      wikidataId: agency.wikidataId,
    }))
  }
  return [{ kind: 'organization', name: context.publisher.name, url: context.siteUrl }]
}

/** Names as a byline reads them: "A", "A and B", "A, B and C". */
export const joinNames = (names: string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
