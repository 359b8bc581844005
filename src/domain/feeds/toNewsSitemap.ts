import type { PublicationContext } from '../publishing/types'
import type { FeedStory } from './types'
import { element, renderXml, textElement } from './xml'

/** Google News reads stories published in the last two days, at most 1,000 in one sitemap. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000
export const NEWS_SITEMAP_LIMIT = 1000

/** The earliest publication a news sitemap made at `now` lists. */
export const newsWindowStart = (now: Date): Date => new Date(now.getTime() - NEWS_WINDOW_MS)

export type NewsStory = Pick<FeedStory, 'slug' | 'headline' | 'publishedAt' | 'updatedAt'>

/** A Google News sitemap: the publication's name and language, and each story's title and date. */
export const toNewsSitemap = (stories: readonly NewsStory[], context: PublicationContext): string =>
  renderXml(
    element(
      'urlset',
      {
        xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
        'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      },
      stories.map((story) =>
        element('url', {}, [
          textElement('loc', context.articleUrl(story.slug)),
          textElement('lastmod', new Date(story.updatedAt).toISOString()),
          element('news:news', {}, [
            element('news:publication', {}, [
              textElement('news:name', context.siteName),
              textElement('news:language', context.language),
            ]),
            textElement('news:publication_date', new Date(story.publishedAt).toISOString()),
            textElement('news:title', story.headline),
          ]),
        ]),
      ),
    ),
  )
