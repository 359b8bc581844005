import { describe, expect, test } from 'vitest'

import { publicationContext } from '../publishing/publicationContext'
import { readRss } from './readBack.testing'
import { rssDate, toRss } from './toRss'
import type { FeedChannel, FeedStory } from './types'

const CONTEXT = publicationContext({
  siteName: 'Sofia Daily',
  siteUrl: 'https://news.example.org',
  apiUrl: 'https://cms.example.org',
})

const CHANNEL: FeedChannel = {
  title: 'World — Sofia Daily',
  pageUrl: 'https://news.example.org/sections/world',
  description: 'The latest stories in World',
  feedUrl: 'https://news.example.org/sections/world/feed.xml',
}

const STORY: FeedStory = {
  id: 42,
  slug: 'nato-russia-still-at-odds',
  headline: 'NATO & Russia "still at odds" <over shield>',
  standfirst: 'Ministers failed to make headway.',
  publishedAt: '2011-12-08T14:58:00.000Z',
  updatedAt: '2011-12-09T10:00:00.000Z',
  section: 'World',
  tags: ['missile defense', 'Brussels'],
  authors: ['Jane Doe', 'Ivan Petrov'],
  image: {
    url: 'https://cms.example.org/api/media/file/ministers.jpg',
    mimeType: 'image/jpeg',
    byteLength: 48213,
    width: 1200,
    height: 800,
    alt: 'Ministers at NATO headquarters',
    caption: 'NATO foreign ministers in Brussels',
    creditLine: 'EPA/BGNES',
  },
}

const BARE: FeedStory = {
  id: 7,
  slug: 'short-item',
  headline: 'Short item',
  publishedAt: '2011-12-07T09:00:00.000Z',
  updatedAt: '2011-12-07T09:00:00.000Z',
  tags: [],
  authors: [],
}

describe('toRss, read back by feedsmith', () => {
  test('the channel names itself, its page, its language and its last change', async () => {
    const feed = await readRss(toRss(CHANNEL, [STORY, BARE], CONTEXT))
    expect(feed).toMatchObject({
      title: CHANNEL.title,
      link: CHANNEL.pageUrl,
      description: CHANNEL.description,
      language: 'en',
      lastBuildDate: 'Fri, 09 Dec 2011 10:00:00 GMT',
      atom: { links: [{ href: CHANNEL.feedUrl, rel: 'self', type: 'application/rss+xml' }] },
    })
  })

  test('an item carries its headline, reader URL, stable guid, date, byline and categories', async () => {
    const [item] = (await readRss(toRss(CHANNEL, [STORY], CONTEXT))).items ?? []
    expect(item).toMatchObject({
      title: STORY.headline,
      link: 'https://news.example.org/articles/nato-russia-still-at-odds',
      guid: { value: 'https://cms.example.org/api/articles/42', isPermaLink: false },
      description: STORY.standfirst,
      dc: { creators: ['Jane Doe', 'Ivan Petrov'] },
      categories: [{ name: 'World' }, { name: 'missile defense' }, { name: 'Brussels' }],
    })
    expect(Date.parse(item!.pubDate!)).toBe(Date.parse(STORY.publishedAt))
  })

  test('the lead image is an enclosure and a Media RSS content with caption and credit', async () => {
    const [item] = (await readRss(toRss(CHANNEL, [STORY], CONTEXT))).items ?? []
    expect(item?.enclosures).toEqual([{ url: STORY.image!.url, length: 48213, type: 'image/jpeg' }])
    expect(item?.media?.contents).toEqual([
      expect.objectContaining({
        url: STORY.image!.url,
        type: 'image/jpeg',
        medium: 'image',
        fileSize: 48213,
        width: 1200,
        height: 800,
        description: expect.objectContaining({ value: 'NATO foreign ministers in Brussels' }),
        credits: [expect.objectContaining({ value: 'EPA/BGNES' })],
      }),
    ])
  })

  test('a story without an image, standfirst, byline or section has none of them', async () => {
    const [item] = (await readRss(toRss(CHANNEL, [BARE], CONTEXT))).items ?? []
    expect(item?.title).toBe('Short item')
    for (const absent of ['enclosures', 'media', 'description', 'dc', 'categories'] as const) {
      expect(item?.[absent]).toBeUndefined()
    }
  })

  test('an image of unknown size is an enclosure of length 0', async () => {
    const story = { ...STORY, image: { ...STORY.image!, byteLength: undefined } }
    const [item] = (await readRss(toRss(CHANNEL, [story], CONTEXT))).items ?? []
    expect(item?.enclosures?.[0]?.length).toBe(0)
  })

  test('an empty feed is still a channel, with no build date', async () => {
    const feed = await readRss(toRss(CHANNEL, [], CONTEXT))
    expect(feed.title).toBe(CHANNEL.title)
    expect(feed.items ?? []).toEqual([])
    expect(feed.lastBuildDate).toBeUndefined()
  })

  test('text XML forbids is dropped, not sent to break the whole feed', async () => {
    const story = { ...BARE, headline: 'Vote\u0007 tonight\u0000' }
    const [item] = (await readRss(toRss(CHANNEL, [story], CONTEXT))).items ?? []
    expect(item?.title).toBe('Vote tonight')
  })
})

describe('rssDate', () => {
  test.each([
    ['2011-12-08T14:58:00.000Z', 'Thu, 08 Dec 2011 14:58:00 GMT'],
    ['2024-02-29T23:59:59+02:00', 'Thu, 29 Feb 2024 21:59:59 GMT'],
  ])('%s is %s', (iso, expected) => {
    expect(rssDate(iso)).toBe(expected)
  })
})
