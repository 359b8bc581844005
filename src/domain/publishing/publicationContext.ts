import type { PublicationContext } from './types'

export interface PublicationSite {
  siteName: string
  /** Absolute origin, e.g. "https://news.example.com"; a trailing slash is ignored. */
  siteUrl: string
  /** Origin of the API that identifies items (ninjs `uri`), when it is not the site's. */
  apiUrl?: string
  publisherName?: string
  logoUrl?: string
  language?: string
}

/**
 * The context for a site whose readers find a story at /articles/:slug and whose items are
 * identified by their API address, /api/:collection/:id, which survives a change of slug. A
 * headless CMS serves that API on its own origin, `apiUrl`, apart from the readers' site.
 */
export const publicationContext = (site: PublicationSite): PublicationContext => {
  const origin = site.siteUrl.replace(/\/+$/, '')
  const apiOrigin = (site.apiUrl ?? site.siteUrl).replace(/\/+$/, '')
  return {
    siteName: site.siteName,
    siteUrl: origin,
    publisher: { name: site.publisherName ?? site.siteName, logoUrl: site.logoUrl },
    language: site.language ?? 'en',
    articleUrl: (slug) => `${origin}/articles/${encodeURIComponent(slug)}`,
    itemUri: (collection, id) => `${apiOrigin}/api/${collection}/${encodeURIComponent(id)}`,
  }
}
