import type { PayloadRequest } from 'payload'

import { toNewsArticleJsonLd, toNinjs } from '../domain/publishing'
import type { PublicationContext, PublishableArticle } from '../domain/publishing'
import type { Article } from '../payload-types'
import { serverUrl } from '../settings'
import { findOutputArticle } from './findOutputArticle'
import type { ArticleKey } from './findOutputArticle'
import { toPublishableArticle } from './publishableArticle'
import { siteContext } from './siteContext'

export interface NewsStandardsOutput {
  contentType: string
  render: (article: PublishableArticle, context: PublicationContext, isPublished: boolean) => object
}

/** The two news-standards renderings of a story, by the name their REST routes use. */
export const NEWS_STANDARDS_OUTPUTS = {
  jsonld: {
    contentType: 'application/ld+json',
    render: (article, context) => toNewsArticleJsonLd(article, context),
  },
  ninjs: {
    contentType: 'application/json',
    // A preview is not yet released, and says so to any system it reaches.
    render: (article, context, isPublished) => ({
      ...toNinjs(article, context),
      ...(isPublished ? {} : { pubStatus: 'withheld' as const }),
    }),
  },
} satisfies Record<string, NewsStandardsOutput>

export type NewsStandardsFormat = keyof typeof NEWS_STANDARDS_OUTPUTS

export const renderArticle = (
  format: NewsStandardsFormat,
  article: Article,
  { isPreview }: { isPreview: boolean },
): object => {
  const isPublished = article._status === 'published'
  const publishable = toPublishableArticle(article, { apiOrigin: serverUrl(), isPreview })
  return NEWS_STANDARDS_OUTPUTS[format].render(publishable, siteContext(), isPublished)
}

/** The output for the story `key` names, or null when the caller may not see one. */
export const renderArticleOutput = async (
  req: PayloadRequest,
  format: NewsStandardsFormat,
  key: ArticleKey,
  { isPreview }: { isPreview: boolean },
): Promise<null | object> => {
  const article = await findOutputArticle(req, key, { isPreview })
  return article ? renderArticle(format, article, { isPreview }) : null
}
