import type { PublicationContext } from '../publishing/types'
import type { FeedChannel, FeedImage, FeedStory } from './types'
import { element, renderXml, textElement } from './xml'
import type { XmlElement } from './xml'

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
}

/** RFC 822 as RSS 2.0 wants it ("Thu, 08 Dec 2011 14:58:00 GMT"). */
export const rssDate = (iso: string): string => new Date(iso).toUTCString()

/**
 * The photo twice: as the RSS 2.0 enclosure every reader knows (length 0 when the size is unknown,
 * as the RSS Advisory Board's profile asks) and as Media RSS, which carries its caption and credit.
 */
const imageElements = (image: FeedImage): XmlElement[] => {
  const type = image.mimeType ?? 'image/jpeg'
  return [
    element('enclosure', { url: image.url, length: image.byteLength ?? 0, type }),
    element(
      'media:content',
      {
        url: image.url,
        type,
        medium: 'image',
        fileSize: image.byteLength,
        width: image.width,
        height: image.height,
      },
      [
        textElement('media:description', image.caption ?? image.alt, { type: 'plain' }),
        textElement('media:credit', image.creditLine),
      ],
    ),
  ]
}

const item = (story: FeedStory, context: PublicationContext): XmlElement =>
  element('item', {}, [
    textElement('title', story.headline),
    textElement('link', context.articleUrl(story.slug)),
    // The API address survives a change of slug, so a reader never sees a story twice.
    textElement('guid', context.itemUri('articles', String(story.id)), { isPermaLink: 'false' }),
    textElement('pubDate', rssDate(story.publishedAt)),
    textElement('description', story.standfirst),
    ...story.authors.map((name) => textElement('dc:creator', name)),
    textElement('category', story.section),
    ...story.tags.map((tag) => textElement('category', tag)),
    ...(story.image ? imageElements(story.image) : []),
  ])

/** When the newest change in the feed was published: it moves with every correction. */
const lastChange = (stories: readonly FeedStory[]): string | undefined =>
  stories
    .map((story) => story.updatedAt)
    .reduce<string | undefined>(
      (latest, at) => (latest === undefined || Date.parse(at) > Date.parse(latest) ? at : latest),
      undefined,
    )

/** An RSS 2.0 feed of `stories`, newest first as given. */
export const toRss = (
  channel: FeedChannel,
  stories: readonly FeedStory[],
  context: PublicationContext,
): string => {
  const lastBuild = lastChange(stories)
  return renderXml(
    element('rss', { version: '2.0', ...NAMESPACES }, [
      element('channel', {}, [
        textElement('title', channel.title),
        textElement('link', channel.pageUrl),
        textElement('description', channel.description),
        textElement('language', context.language),
        element('atom:link', {
          href: channel.feedUrl,
          rel: 'self',
          type: 'application/rss+xml',
        }),
        textElement('lastBuildDate', lastBuild && rssDate(lastBuild)),
        ...stories.map((story) => item(story, context)),
      ]),
    ]),
  )
}
