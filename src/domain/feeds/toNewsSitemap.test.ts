import { describe, expect, test } from 'vitest'

import { publicationContext } from '../publishing/publicationContext'
import { readSitemap } from './readBack.testing'
import { newsWindowStart, toNewsSitemap } from './toNewsSitemap'

const CONTEXT = publicationContext({
  siteName: 'Sofia Daily & Co',
  siteUrl: 'https://news.example.org',
  language: 'bg',
})

describe('toNewsSitemap, read back by the sitemap package', () => {
  test('each story has the publication, its language, its title and publication date', async () => {
    const xml = toNewsSitemap(
      [
        {
          slug: 'nato-russia',
          headline: 'NATO, Russia <still> at odds',
          publishedAt: '2011-12-08T14:58:00.000Z',
          updatedAt: '2011-12-09T10:00:00.000Z',
        },
      ],
      CONTEXT,
    )
    expect(await readSitemap(xml)).toEqual([
      expect.objectContaining({
        url: 'https://news.example.org/articles/nato-russia',
        lastmod: '2011-12-09T10:00:00.000Z',
        news: {
          publication: { name: 'Sofia Daily & Co', language: 'bg' },
          publication_date: '2011-12-08T14:58:00.000Z',
          title: 'NATO, Russia <still> at odds',
        },
      }),
    ])
  })

  test('with no story in the window it is an empty urlset', async () => {
    expect(await readSitemap(toNewsSitemap([], CONTEXT))).toEqual([])
  })
})

describe('newsWindowStart', () => {
  test.each([
    ['2011-12-10T12:00:00.000Z', '2011-12-08T12:00:00.000Z'],
    ['2024-03-01T00:30:00.000Z', '2024-02-28T00:30:00.000Z'],
  ])('at %s the window opens at %s', (now, start) => {
    expect(newsWindowStart(new Date(now)).toISOString()).toBe(start)
  })
})
