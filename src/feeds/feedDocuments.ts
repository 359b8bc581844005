import type { PayloadRequest } from 'payload'

import { FEED_PATHS } from '../domain/feeds/paths'
import type { FeedSubject } from '../domain/feeds/paths'
import { newsWindowStart, toNewsSitemap } from '../domain/feeds/toNewsSitemap'
import { toRobotsTxt } from '../domain/feeds/toRobotsTxt'
import { toRss } from '../domain/feeds/toRss'
import { sitemapPageCount, toSitemapIndex, toSitemapPage } from '../domain/feeds/toSitemap'
import type { PublicationContext } from '../domain/publishing/types'
import { siteContext } from '../publishing/siteContext'
import { findStorySubject, storiesOf } from '../publishing/storiesOf'
import {
  countPublishedStories,
  readLatestStories,
  readNewsStories,
  readSitemapPage,
} from './readFeedStories'

/** A feed, sitemap or robots.txt, ready to send; or why there is none at that address. */
export type FeedDocument =
  { isFound: true; body: string; contentType: string } | { isFound: false; reason: string }

const RSS = 'application/rss+xml; charset=utf-8'
const XML = 'application/xml; charset=utf-8'
const TEXT = 'text/plain; charset=utf-8'

const found = (body: string, contentType: string): FeedDocument => ({
  isFound: true,
  body,
  contentType,
})

/** Feeds and sitemaps live on the reader site, beside the pages they list. */
const onSite = (context: PublicationContext, path: string): string => `${context.siteUrl}${path}`

export const siteFeed = async (req: PayloadRequest): Promise<FeedDocument> => {
  const context = siteContext()
  const channel = {
    title: context.siteName,
    pageUrl: onSite(context, '/'),
    description: `The latest stories from ${context.siteName}`,
    feedUrl: onSite(context, FEED_PATHS.siteFeed),
  }
  return found(toRss(channel, await readLatestStories(req), context), RSS)
}

const SUBJECT_NAMES: Record<FeedSubject, string> = {
  sections: 'section',
  tags: 'tag',
  people: 'person',
}

const subjectDescription = (subject: FeedSubject, name: string, siteName: string): string =>
  subject === 'people'
    ? `The latest stories about or by ${name} from ${siteName}`
    : `The latest stories ${subject === 'sections' ? 'in' : 'tagged'} ${name} from ${siteName}`

/** The feed of one section, tag or person, found by slug. */
export const subjectFeed = async (
  req: PayloadRequest,
  subject: FeedSubject,
  slug: string,
): Promise<FeedDocument> => {
  const record = await findStorySubject(req, subject, slug)
  if (!record)
    return { isFound: false, reason: `No ${SUBJECT_NAMES[subject]} has the slug "${slug}"` }
  const context = siteContext()
  const channel = {
    title: `${record.name} — ${context.siteName}`,
    pageUrl: onSite(context, FEED_PATHS.subjectPage(subject, slug)),
    description:
      record.description?.trim() || subjectDescription(subject, record.name, context.siteName),
    feedUrl: onSite(context, FEED_PATHS.subjectFeed(subject, slug)),
  }
  const stories = await readLatestStories(req, storiesOf(subject, record.id))
  return found(toRss(channel, stories, context), RSS)
}

export const sitemapIndex = async (req: PayloadRequest): Promise<FeedDocument> => {
  const context = siteContext()
  const pages = sitemapPageCount(await countPublishedStories(req))
  const urls = Array.from({ length: pages }, (_, index) =>
    onSite(context, FEED_PATHS.sitemapPage(index + 1)),
  )
  return found(toSitemapIndex(urls), XML)
}

/** One page of the sitemap; `pageText` as the address spells it ("articles-2.xml" → "2"). */
export const sitemapPage = async (req: PayloadRequest, pageText: string): Promise<FeedDocument> => {
  const page = /^[1-9]\d{0,8}$/.test(pageText) ? Number(pageText) : null
  const entries = page === null ? null : await readSitemapPage(req, page)
  if (!entries) {
    return {
      isFound: false,
      reason: `There is no sitemap page "${pageText}": ${FEED_PATHS.sitemapIndex} lists the pages`,
    }
  }
  return found(toSitemapPage(entries, siteContext()), XML)
}

export const newsSitemap = async (req: PayloadRequest, now: Date): Promise<FeedDocument> =>
  found(toNewsSitemap(await readNewsStories(req, newsWindowStart(now)), siteContext()), XML)

export const robotsTxt = (adminPath: string): FeedDocument => {
  const context = siteContext()
  const sitemapUrls = [FEED_PATHS.sitemapIndex, FEED_PATHS.newsSitemap].map((path) =>
    onSite(context, path),
  )
  return found(toRobotsTxt({ disallow: [adminPath], sitemapUrls }), TEXT)
}
