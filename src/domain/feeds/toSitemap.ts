import type { PublicationContext } from '../publishing/types'
import type { SitemapEntry } from './types'
import { element, renderXml, textElement } from './xml'

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/**
 * Stories per sitemap page. The protocol allows 50,000 URLs and 50 MB; a page this size is about
 * 0.9 MB with slugs of 60 characters, so one read of it is quick and the read cache (which keeps
 * answers of up to 2 MB) can keep it.
 */
export const SITEMAP_PAGE_SIZE = 5000

/** How many pages the index lists: at least one, so the index always names a page. */
export const sitemapPageCount = (storyCount: number): number =>
  Math.max(1, Math.ceil(storyCount / SITEMAP_PAGE_SIZE))

/** A sitemap index naming each page by its absolute URL. */
export const toSitemapIndex = (pageUrls: readonly string[]): string =>
  renderXml(
    element(
      'sitemapindex',
      { xmlns: SITEMAP_NAMESPACE },
      pageUrls.map((url) => element('sitemap', {}, [textElement('loc', url)])),
    ),
  )

/** One page of story URLs, each with the instant of its last published change. */
export const toSitemapPage = (
  entries: readonly SitemapEntry[],
  context: PublicationContext,
): string =>
  renderXml(
    element(
      'urlset',
      { xmlns: SITEMAP_NAMESPACE },
      entries.map((entry) =>
        element('url', {}, [
          textElement('loc', context.articleUrl(entry.slug)),
          textElement('lastmod', new Date(entry.updatedAt).toISOString()),
        ]),
      ),
    ),
  )
