import type { FeedImage, FeedStory } from '../domain/feeds/types'
import { isPublishableImage } from '../domain/publishing/placeholderImage'
import type { Article, Media } from '../payload-types'
import { toPublishableArticle } from '../publishing/publishableArticle'
import { serverUrl } from '../settings'

/** The lead image a feed may carry: a real file, never a placeholder or a missing one. */
const feedImage = (article: Article, url: string | undefined): FeedImage | undefined => {
  const media = typeof article.leadImage === 'object' ? (article.leadImage as Media | null) : null
  if (!url || !media || !isPublishableImage(media)) return undefined
  return {
    url,
    mimeType: media.mimeType ?? undefined,
    byteLength: media.filesize ?? undefined,
    width: media.width ?? undefined,
    height: media.height ?? undefined,
    alt: media.alt,
    caption: media.caption?.trim() || undefined,
    creditLine: media.creditLine?.trim() || undefined,
  }
}

/** A published story read at depth 1 (see readFeedStories.ts), as feeds print it. */
export const toFeedStory = (article: Article): FeedStory => {
  // The same view the news-standards outputs start from: one reading of names, dates and URLs.
  const story = toPublishableArticle(article, { apiOrigin: serverUrl() })
  return {
    id: story.id,
    slug: story.slug,
    headline: story.headline,
    standfirst: story.standfirst,
    publishedAt: story.publishedAt,
    updatedAt: article.updatedAt,
    section: story.section,
    tags: (story.tags ?? []).map((tag) => tag.name),
    authors: (story.authors ?? []).map((author) => author.name),
    image: feedImage(article, story.leadImage?.url),
  }
}
