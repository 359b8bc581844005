/** A photo a feed may carry: a real file, never the importer's placeholder (see placeholderImage.ts). */
export interface FeedImage {
  /** Absolute URL of the file. */
  url: string
  mimeType?: string
  /** The file's size in bytes, when the CMS recorded it. */
  byteLength?: number
  width?: number
  height?: number
  alt: string
  caption?: string
  creditLine?: string
}

/** A published story as feeds and sitemaps print it. */
export interface FeedStory {
  id: number | string
  slug: string
  headline: string
  standfirst?: string
  /** ISO instants: first publication, and the last change published (a correction moves it). */
  publishedAt: string
  updatedAt: string
  section?: string
  tags: string[]
  /** The byline's names. */
  authors: string[]
  image?: FeedImage
}

/** One story's line in a sitemap page. */
export interface SitemapEntry {
  slug: string
  /** ISO instant of the last change published. */
  updatedAt: string
}

/** What a feed is of: the whole site, or one section, tag or person. */
export interface FeedChannel {
  title: string
  /** The reader site's page that lists the same stories. */
  pageUrl: string
  description: string
  /** Where this feed itself is served, for its `atom:link rel="self"`. */
  feedUrl: string
}
