import { absoluteUri } from './absoluteUri'
import { textAgencies } from './agencies'
import { articleParagraphs } from './articleParagraphs'
import { countWords } from './countText'
import { creditedAuthors } from './creditedAuthors'
import { isoInstant, latestInstant } from './isoInstant'
import { authorNode, imageNode, organizationNode, personNode, tagNode } from './jsonLdNodes'
import type { JsonLdCorrection, JsonLdOrganization, NewsArticleJsonLd } from './jsonLdTypes'
import { splitByProminence } from './prominence'
import { truncateHeadline } from './truncateHeadline'
import type { Correction, PublicationContext, PublishableArticle } from './types'
import { withoutEmpty } from './withoutEmpty'

const publisherNode = (context: PublicationContext): JsonLdOrganization => {
  const logoUrl = absoluteUri(context.publisher.logoUrl)
  return withoutEmpty({
    '@type': 'Organization' as const,
    name: context.publisher.name,
    url: absoluteUri(context.siteUrl),
    logo: logoUrl ? { '@type': 'ImageObject' as const, url: logoUrl } : undefined,
  })
}

/** Oldest first, as a reader follows the story's history. */
const correctionNodes = (corrections: Correction[]): JsonLdCorrection[] =>
  corrections
    .filter((correction) => correction.text.trim() !== '')
    .map((correction) =>
      withoutEmpty({
        '@type': 'CorrectionComment' as const,
        text: correction.text.trim(),
        datePublished: isoInstant(correction.date),
      }),
    )
    .sort((a, b) => (a.datePublished ?? '').localeCompare(b.datePublished ?? ''))

/**
 * schema.org NewsArticle JSON-LD for a published article, with Google's recommended article
 * properties. Tags are what the story is about; people and organisations are `about` when
 * central to it (see splitByProminence) and `mentions` otherwise.
 */
export const toNewsArticleJsonLd = (
  article: PublishableArticle,
  context: PublicationContext,
): NewsArticleJsonLd => {
  const url = context.articleUrl(article.slug)
  const { about, mentions } = splitByProminence(article)
  const tags = article.tags ?? []
  const datePublished = isoInstant(article.publishedAt)
  const corrections = article.corrections ?? []
  const words = countWords(articleParagraphs(article).join('\n'))
  return withoutEmpty({
    '@context': 'https://schema.org' as const,
    '@type': 'NewsArticle' as const,
    headline: truncateHeadline(article.headline),
    description: article.standfirst?.trim(),
    image: article.leadImage ? imageNode(article.leadImage) : undefined,
    datePublished,
    // A correction changes the story, so the page was modified no earlier than the last one.
    dateModified: latestInstant([
      article.publishedAt,
      article.updatedAt,
      ...corrections.map((correction) => correction.date),
    ]),
    author: creditedAuthors(article, context).map(authorNode),
    articleSection: article.section,
    dateline: article.dateline?.place?.trim(),
    keywords: tags.map((tag) => tag.name),
    about: [
      ...about.people.map(personNode),
      ...about.organizations.map(organizationNode),
      ...tags.map(tagNode),
    ],
    mentions: [...mentions.people.map(personNode), ...mentions.organizations.map(organizationNode)],
    sourceOrganization: textAgencies(article).map(organizationNode),
    publisher: publisherNode(context),
    mainEntityOfPage: { '@type': 'WebPage' as const, '@id': url },
    url,
    inLanguage: context.language,
    wordCount: words > 0 ? words : undefined,
    correction: correctionNodes(corrections),
  })
}
