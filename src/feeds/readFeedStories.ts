import type { PayloadRequest, PopulateType, Where } from 'payload'

import { NEWS_SITEMAP_LIMIT } from '../domain/feeds/toNewsSitemap'
import type { NewsStory } from '../domain/feeds/toNewsSitemap'
import { SITEMAP_PAGE_SIZE } from '../domain/feeds/toSitemap'
import type { FeedStory, SitemapEntry } from '../domain/feeds/types'
import type { Article } from '../payload-types'
import { PUBLISHED } from '../publishing/storiesOf'
import { toFeedStory } from './feedStory'

/** Stories in one feed: the latest, newest first. */
export const FEED_LENGTH = 50

/**
 * Every read here is a reader's: access is never overridden, and the status is asked for as well,
 * so the request's user could not widen it. Payload's read rule for readers is the same `Where`.
 */
const published = (match?: Where): Where => (match ? { and: [match, PUBLISHED] } : PUBLISHED)

/** Only what a feed prints; linked documents are read once per collection for the whole feed. */
const FEED_SELECT = {
  headline: true,
  slug: true,
  standfirst: true,
  publishedAt: true,
  updatedAt: true,
  createdAt: true,
  section: true,
  tags: true,
  authors: true,
  leadImage: true,
  _status: true,
} as const

const FEED_POPULATE: PopulateType = {
  sections: { name: true },
  tags: { name: true, slug: true, kind: true },
  people: { name: true },
  media: {
    filename: true,
    url: true,
    filesize: true,
    width: true,
    height: true,
    mimeType: true,
    alt: true,
    caption: true,
    creditLine: true,
  },
}

/** The latest published stories, of the whole site or of those `match` picks. */
export const readLatestStories = async (
  req: PayloadRequest,
  match?: Where,
): Promise<FeedStory[]> => {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: published(match),
    sort: '-publishedAt',
    limit: FEED_LENGTH,
    pagination: false,
    depth: 1,
    select: FEED_SELECT,
    populate: FEED_POPULATE,
    overrideAccess: false,
    req,
  })
  return (docs as Article[]).map(toFeedStory)
}

export const countPublishedStories = async (req: PayloadRequest): Promise<number> =>
  (
    await req.payload.count({
      collection: 'articles',
      where: PUBLISHED,
      overrideAccess: false,
      req,
    })
  ).totalDocs

/**
 * One sitemap page, oldest first: a new story lands on the last page, so the others stay the same
 * (and stay cached) until a story on them changes. Null past the last page.
 */
export const readSitemapPage = async (
  req: PayloadRequest,
  page: number,
): Promise<SitemapEntry[] | null> => {
  const { docs, totalPages } = await req.payload.find({
    collection: 'articles',
    where: PUBLISHED,
    sort: ['publishedAt', 'id'],
    limit: SITEMAP_PAGE_SIZE,
    page,
    depth: 0,
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
    req,
  })
  // Page 1 of a site with no story yet is an empty page, not a missing one.
  if (page > Math.max(1, totalPages)) return null
  return docs.map((doc) => ({ slug: doc.slug ?? String(doc.id), updatedAt: doc.updatedAt }))
}

/** Stories first published at `since` or later, newest first, as many as Google News reads. */
export const readNewsStories = async (req: PayloadRequest, since: Date): Promise<NewsStory[]> => {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: published({ publishedAt: { greater_than_equal: since.toISOString() } }),
    sort: '-publishedAt',
    limit: NEWS_SITEMAP_LIMIT,
    pagination: false,
    depth: 0,
    select: { slug: true, headline: true, publishedAt: true, updatedAt: true },
    overrideAccess: false,
    req,
  })
  return docs.map((doc) => ({
    slug: doc.slug ?? String(doc.id),
    headline: doc.headline,
    publishedAt: doc.publishedAt ?? doc.updatedAt,
    updatedAt: doc.updatedAt,
  }))
}
