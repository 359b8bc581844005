import { describe, expect, test } from 'vitest'

import { publicationContext } from '../publishing/publicationContext'
import { assertValidSitemap, readSitemap, readSitemapIndex } from './readBack.testing'
import { SITEMAP_PAGE_SIZE, sitemapPageCount, toSitemapIndex, toSitemapPage } from './toSitemap'

const CONTEXT = publicationContext({ siteName: 'Sofia Daily', siteUrl: 'https://news.example.org' })

describe('toSitemapPage', () => {
  const ENTRIES = [
    { slug: 'nato-russia', updatedAt: '2011-12-09T10:00:00.000Z' },
    { slug: 'vote & count', updatedAt: '2011-12-09T10:00:00.250+02:00' },
  ]

  test('is valid against the sitemap 0.9 XSD', async () => {
    await assertValidSitemap(toSitemapPage(ENTRIES, CONTEXT))
  })

  test('lists each story at its reader URL with its last change, to the millisecond', async () => {
    expect(await readSitemap(toSitemapPage(ENTRIES, CONTEXT))).toEqual([
      expect.objectContaining({
        url: 'https://news.example.org/articles/nato-russia',
        lastmod: '2011-12-09T10:00:00.000Z',
      }),
      expect.objectContaining({
        url: 'https://news.example.org/articles/vote%20%26%20count',
        lastmod: '2011-12-09T08:00:00.250Z',
      }),
    ])
  })

  test('a schema-invalid page is caught (the check can fail)', async () => {
    const broken = toSitemapPage(ENTRIES, CONTEXT).replace('<lastmod>', '<lastmod>soon ')
    await expect(assertValidSitemap(broken)).rejects.toThrow(/lastmod/)
  })
})

describe('toSitemapIndex', () => {
  test('names every page', async () => {
    const urls = [1, 2].map((page) => `https://news.example.org/sitemaps/articles-${page}.xml`)
    expect(await readSitemapIndex(toSitemapIndex(urls))).toEqual(urls.map((url) => ({ url })))
  })
})

describe('sitemapPageCount', () => {
  test.each([
    [0, 1],
    [1, 1],
    [SITEMAP_PAGE_SIZE, 1],
    [SITEMAP_PAGE_SIZE + 1, 2],
    [SITEMAP_PAGE_SIZE * 20, 20],
  ])('%i stories take %i page(s)', (stories, pages) => {
    expect(sitemapPageCount(stories)).toBe(pages)
  })
})
