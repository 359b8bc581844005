/** The collections that have a reader page of their own stories, and so a feed of them. */
export const FEED_SUBJECTS = ['sections', 'tags', 'people'] as const
export type FeedSubject = (typeof FEED_SUBJECTS)[number]

/**
 * Where feeds and sitemaps are served, on the reader site's paths: a subject's feed sits under its
 * page (`/sections/world` → `/sections/world/feed.xml`), which no reader page (`/`, `/articles/:slug`,
 * `/sections/:slug`, `/tags/:slug`, `/people/:slug`) can be.
 */
export const FEED_PATHS = {
  siteFeed: '/feed.xml',
  subjectPage: (subject: FeedSubject, slug: string) => `/${subject}/${encodeURIComponent(slug)}`,
  subjectFeed: (subject: FeedSubject, slug: string) =>
    `${FEED_PATHS.subjectPage(subject, slug)}/feed.xml`,
  sitemapIndex: '/sitemap.xml',
  sitemapPage: (page: number) => `/sitemaps/articles-${page}.xml`,
  newsSitemap: '/news-sitemap.xml',
  robots: '/robots.txt',
} as const

// Express routes letters in any case, so the read cache keys them alike.
const KEPT = [
  /^\/feed\.xml$/i,
  new RegExp(`^/(?:${FEED_SUBJECTS.join('|')})/[^/]+/feed\\.xml$`, 'i'),
  /^\/sitemap\.xml$/i,
  /^\/sitemaps\/articles-\d+\.xml$/i,
]

/**
 * Whether the read cache may keep the answer at this path (and query): the documents that change
 * only when content does. Not the news sitemap, whose two-day window moves with the clock.
 */
export const isKeptFeedPath = (url: string): boolean => {
  const pathname = url.split('?', 1)[0] ?? ''
  return KEPT.some((pattern) => pattern.test(pathname))
}
