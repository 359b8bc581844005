import { attributes, jsonForScript, markup } from './html'
import type { HtmlValue, SafeHtml } from './html'

export interface SharedImage {
  url: string
  alt?: string
  width?: number
  height?: number
}

/** What a page tells search engines and the apps its link is shared in. */
export interface PageHead {
  title: string
  description?: string
  /** Absolute; the address every copy of the page is known by. */
  canonicalUrl: string
  /** Open Graph type: `article` for a story, `profile` for a person, `website` for the rest. */
  type: 'article' | 'website' | 'profile'
  siteName: string
  language: string
  image?: SharedImage
  /** For a story: Open Graph's article properties. */
  article?: {
    publishedTime?: string
    modifiedTime?: string
    section?: string
    tags?: string[]
  }
  /** The RSS feed of what the page lists (the site's, a section's…). */
  feed?: { path: string; title: string }
  /** Structured data for the page, e.g. the story's NewsArticle. */
  jsonLd?: object
  /** A preview or an error: kept out of search engines. */
  isNoIndex?: boolean
}

const meta = (kind: 'name' | 'property', key: string, content: string | number | undefined) =>
  content === undefined || content === ''
    ? undefined
    : markup`<meta${attributes({ [kind]: key, content })}>`

/** The `<head>` contents after the charset and viewport: title, canonical, Open Graph, Twitter. */
export const pageHead = (head: PageHead): SafeHtml => {
  const { image, article } = head
  const lines: HtmlValue[] = [
    markup`<title>${head.title}</title>`,
    markup`<link rel="canonical" href="${head.canonicalUrl}">`,
    head.feed &&
      markup`<link rel="alternate" type="application/rss+xml" title="${head.feed.title}" href="${head.feed.path}">`,
    meta('name', 'description', head.description),
    head.isNoIndex && meta('name', 'robots', 'noindex'),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', head.canonicalUrl),
    meta('property', 'og:site_name', head.siteName),
    meta('property', 'og:locale', head.language),
    meta('property', 'og:image', image?.url),
    meta('property', 'og:image:alt', image?.alt),
    meta('property', 'og:image:width', image?.width),
    meta('property', 'og:image:height', image?.height),
    meta('property', 'article:published_time', article?.publishedTime),
    meta('property', 'article:modified_time', article?.modifiedTime),
    meta('property', 'article:section', article?.section),
    ...(article?.tags ?? []).map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', image?.url),
    meta('name', 'twitter:image:alt', image?.alt),
    head.jsonLd &&
      markup`<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>`,
  ]
  return markup`${lines.filter(Boolean).map((line) => markup`${line}\n`)}`
}
