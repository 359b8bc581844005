import type { Response } from 'supertest'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  assertValidSitemap,
  assertWellFormed,
  readRss,
  readSitemap,
  readSitemapIndex,
} from '../../src/domain/feeds/readBack.testing'
import { NO_STORE, PUBLIC_CACHE_CONTROL } from '../../src/http/types'
import type { Article, Media } from '../../src/payload-types'
import { serverUrl } from '../../src/settings'
import { runSeed } from '../../seed/seed'
import { afterSavesSettle, countQueries } from '../performance/queryCounter'
import { movableClock } from '../support/clock'
import type { MovableClock } from '../support/clock'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { openNewsroom, storyAt, updateAs } from '../workflow/newsroom'
import type { Newsroom } from '../workflow/newsroom'
import { SEED_SLUG, seededStory } from './delivery'

const SITE = 'https://news.example.org'
const STRONG_ETAG = /^"[A-Za-z0-9_-]{20,}"$/
const DAY_MS = 24 * 60 * 60 * 1000

/** The body as text whatever its type (supertest parses only text/* and JSON by itself). */
const asText = (res: Response, done: (error: Error | null, body: string) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream
  let text = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => (text += chunk))
  stream.on('end', () => done(null, text))
}

describeWithDatabase('RSS feeds, sitemaps and the Google News sitemap', () => {
  let server: TestServer
  let newsroom: Newsroom
  let slugs: { section: string; tag: string; person: string }
  const previousSiteUrl = process.env.SITE_URL

  const get = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
    server.http.get(path).set(headers).buffer(true).parse(asText)
  const text = async (path: string): Promise<string> => {
    const response = await get(path)
    expect(response.status, `${path}: ${response.body}`).toBe(200)
    return response.body as string
  }
  const feedItems = async (path: string) => (await readRss(await text(path))).items ?? []
  const sitemapEntries = async () => {
    const index = await readSitemapIndex(await text('/sitemap.xml'))
    const pages = await Promise.all(index.map(({ url }) => text(new URL(url).pathname)))
    return (await Promise.all(pages.map(readSitemap))).flat()
  }
  const newsEntries = async () => readSitemap(await text('/news-sitemap.xml'))
  const articleUrl = (story: Pick<Article, 'slug'>) => `${SITE}/articles/${story.slug}`
  const feedPaths = () => [
    '/feed.xml',
    `/sections/${slugs.section}/feed.xml`,
    `/tags/${slugs.tag}/feed.xml`,
    `/people/${slugs.person}/feed.xml`,
  ]

  beforeAll(async () => {
    // The reader site is not the CMS: stories and feeds are addressed on SITE_URL.
    process.env.SITE_URL = SITE
    server = await startTestServer()
    await runSeed(server.payload)
    newsroom = await openNewsroom(server.payload, server.http)
    const { payload } = server
    const { registry } = newsroom
    slugs = {
      section: (await payload.findByID({ collection: 'sections', id: registry.section })).slug!,
      tag: (await payload.findByID({ collection: 'tags', id: registry.tag })).slug!,
      person: (await payload.findByID({ collection: 'people', id: registry.person })).slug!,
    }
  })
  // Held from the correction test on: RSS dates have whole seconds, so a correction made in the
  // same second as the story would rightly leave the feed byte for byte (and ETag) as it was.
  let clock: MovableClock | undefined
  afterAll(async () => {
    clock?.restore()
    await server?.stop()
    if (previousSiteUrl === undefined) delete process.env.SITE_URL
    else process.env.SITE_URL = previousSiteUrl
  })

  test('a published story appears in the site, section, tag and person feeds and both sitemaps', async () => {
    const story = await storyAt(server.payload, newsroom, 'published', {
      data: { standfirst: 'Ministers failed to make headway.' },
    })
    for (const path of feedPaths()) {
      const item = (await feedItems(path)).find((entry) => entry.link === articleUrl(story))
      expect(item, path).toMatchObject({
        title: story.headline,
        description: 'Ministers failed to make headway.',
        guid: { value: `${serverUrl()}/api/articles/${story.id}`, isPermaLink: false },
      })
      expect(Date.parse(item!.pubDate!)).toBe(
        Math.floor(Date.parse(story.publishedAt!) / 1000) * 1000,
      )
    }
    expect(await sitemapEntries()).toContainEqual(
      expect.objectContaining({ url: articleUrl(story), lastmod: story.updatedAt }),
    )
    expect(await newsEntries()).toContainEqual(
      expect.objectContaining({
        url: articleUrl(story),
        news: {
          publication: { name: 'Newsroom CMS', language: 'en' },
          publication_date: story.publishedAt,
          title: story.headline,
        },
      }),
    )
  })

  test('the feed names itself and its reader page on the site', async () => {
    const feed = await readRss(await text(`/sections/${slugs.section}/feed.xml`))
    expect(feed.link).toBe(`${SITE}/sections/${slugs.section}`)
    expect(feed.atom?.links).toEqual([
      expect.objectContaining({ href: `${SITE}/sections/${slugs.section}/feed.xml`, rel: 'self' }),
    ])
    expect(feed.title).toMatch(/^World .* — Newsroom CMS$/)
  })

  test('a person’s feed has the stories that name them and the ones they wrote', async () => {
    const author = await server.payload.create({
      collection: 'people',
      data: { name: `Ivana Petrova ${Date.now()}` },
    })
    const bylined = await storyAt(server.payload, newsroom, 'published', {
      data: { authors: [author.id], people: [] },
    })
    const [item] = await feedItems(`/people/${author.slug}/feed.xml`)
    expect(item?.link).toBe(articleUrl(bylined))
    expect(item?.dc?.creators).toEqual([author.name])
  })

  test('a real lead image is an enclosure pointing at its file; the seed story has none', async () => {
    const story = await storyAt(server.payload, newsroom, 'published')
    const image = (await server.payload.findByID({
      collection: 'media',
      id: newsroom.registry.image,
    })) as Media
    const imageUrl = new URL(image.url!, serverUrl())
    const items = await feedItems('/feed.xml')
    const item = items.find((entry) => entry.link === articleUrl(story))
    expect(item?.enclosures).toEqual([
      { url: imageUrl.href, length: image.filesize, type: 'image/png' },
    ])
    expect(item?.media?.contents?.[0]).toMatchObject({
      url: imageUrl.href,
      credits: [expect.objectContaining({ value: 'EPA/BGNES' })],
    })
    // The enclosure is a file the CMS serves.
    const file = await server.http.get(imageUrl.pathname)
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toBe('image/png')

    // The seed's wire page sent no photo file: no stand-in is made, and no image published.
    const seed = await seededStory(server.payload)
    expect(seed.leadImage ?? null).toBeNull()
    const seedItem = items.find((entry) => entry.link === `${SITE}/articles/${SEED_SLUG}`)
    expect(seedItem?.title).toBe(seed.headline)
    expect(seedItem?.enclosures).toBeUndefined()
    expect(seedItem?.media).toBeUndefined()
  })

  test('a story with no lead image has no enclosure', async () => {
    const story = await storyAt(server.payload, newsroom, 'published', {
      data: { leadImage: null },
    })
    const item = (await feedItems('/feed.xml')).find((entry) => entry.link === articleUrl(story))
    expect(item?.title).toBe(story.headline)
    expect(item?.enclosures).toBeUndefined()
  })

  test('a correction moves the story’s lastmod, the feed’s build date and its ETag', async () => {
    const story = await storyAt(server.payload, newsroom, 'published')
    const entry = async () =>
      (await sitemapEntries()).find((line) => line.url === articleUrl(story))?.lastmod
    const before = await entry()
    const feedBefore = await get('/feed.xml')
    expect(before).toBe(story.updatedAt)
    clock = movableClock()
    clock.movePast(story.updatedAt)

    const result = await updateAs(
      { payload: server.payload, http: server.http, newsroom },
      'REST',
      'editor',
      story.id,
      {
        corrections: [
          { text: 'An earlier version misspelt Lavrov.', date: new Date().toISOString() },
        ],
      },
    )
    expect(result.status, result.message).toBe(200)

    const after = await entry()
    expect(Date.parse(after!)).toBeGreaterThan(Date.parse(before!))
    const feedAfter = await get('/feed.xml')
    expect(feedAfter.headers.etag).not.toBe(feedBefore.headers.etag)
    const { lastBuildDate } = await readRss(feedAfter.body as string)
    expect(Date.parse(lastBuildDate!)).toBe(Math.floor(Date.parse(after!) / 1000) * 1000)
  })

  test('a headline corrected while published is the headline every feed shows', async () => {
    const story = await storyAt(server.payload, newsroom, 'published')
    await feedItems('/feed.xml')
    const corrected = `${story.headline} (corrected)`
    const result = await updateAs(
      { payload: server.payload, http: server.http, newsroom },
      'REST',
      'editor',
      story.id,
      { headline: corrected },
    )
    expect(result.status, result.message).toBe(200)
    const titles = (await feedItems('/feed.xml')).map((item) => item.title)
    expect(titles).toContain(corrected)
    expect(titles).not.toContain(story.headline)
  })

  test('a draft saved over a live story changes neither its feed item nor its lastmod', async () => {
    const story = await storyAt(server.payload, newsroom, 'published')
    const line = async () =>
      (await sitemapEntries()).find((entry) => entry.url === articleUrl(story))
    const before = await line()
    await server.payload.update({
      collection: 'articles',
      id: story.id,
      data: { headline: `${story.headline} (not yet approved)`, workflowStage: 'in_review' },
      draft: true,
    })
    expect(await line()).toEqual(before)
    const titles = (await feedItems('/feed.xml')).map((item) => item.title)
    expect(titles).toContain(story.headline)
    expect(titles).not.toContain(`${story.headline} (not yet approved)`)
  })

  test('an unpublished story is gone from every feed and sitemap at once', async () => {
    const story = await storyAt(server.payload, newsroom, 'published')
    const everywhere = async () => [
      ...(await Promise.all(feedPaths().map(feedItems))).map((items) =>
        items.some((item) => item.link === articleUrl(story)),
      ),
      (await sitemapEntries()).some((entry) => entry.url === articleUrl(story)),
      (await newsEntries()).some((entry) => entry.url === articleUrl(story)),
    ]
    // Read once, so every document is in the read cache when the story comes down.
    expect(await everywhere()).toEqual([true, true, true, true, true, true])
    await server.payload.update({
      collection: 'articles',
      id: story.id,
      data: { _status: 'draft' },
    })
    expect(await everywhere()).toEqual([false, false, false, false, false, false])
  })

  test('a story first published three days ago is in the sitemap but not the news sitemap', async () => {
    const story = await storyAt(server.payload, newsroom, 'published')
    await server.payload.update({
      collection: 'articles',
      id: story.id,
      data: { publishedAt: new Date(Date.now() - 3 * DAY_MS).toISOString() },
    })
    expect((await sitemapEntries()).map((entry) => entry.url)).toContain(articleUrl(story))
    expect((await newsEntries()).map((entry) => entry.url)).not.toContain(articleUrl(story))
  })

  test('a draft appears in no feed and no sitemap', async () => {
    const draft = await storyAt(server.payload, newsroom, 'approved')
    const links = [
      ...(await Promise.all(feedPaths().map(feedItems))).flat().map((item) => item.link),
      ...(await sitemapEntries()).map((entry) => entry.url),
      ...(await newsEntries()).map((entry) => entry.url),
    ]
    expect(links.length).toBeGreaterThan(0)
    expect(links).not.toContain(articleUrl(draft))
  })

  test('every sitemap page is valid against the sitemap 0.9 XSD', async () => {
    const index = await readSitemapIndex(await text('/sitemap.xml'))
    expect(index).toEqual([{ url: `${SITE}/sitemaps/articles-1.xml` }])
    await assertValidSitemap(await text('/sitemaps/articles-1.xml'))
    await assertWellFormed(await text('/news-sitemap.xml'))
  })

  test('robots.txt keeps crawlers out of the admin and names both sitemaps', async () => {
    const response = await get('/robots.txt')
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect((response.body as string).split('\n')).toEqual(
      expect.arrayContaining([
        'User-agent: *',
        'Disallow: /admin',
        `Sitemap: ${SITE}/sitemap.xml`,
        `Sitemap: ${SITE}/news-sitemap.xml`,
      ]),
    )
  })

  describe('HTTP caching', () => {
    const RSS = 'application/rss+xml; charset=utf-8'
    const XML = 'application/xml; charset=utf-8'
    const DOCUMENTS: Array<[name: string, path: () => string, contentType: string]> = [
      ['the site feed', () => '/feed.xml', RSS],
      ['a section feed', () => `/sections/${slugs.section}/feed.xml`, RSS],
      ['a tag feed', () => `/tags/${slugs.tag}/feed.xml`, RSS],
      ['a person feed', () => `/people/${slugs.person}/feed.xml`, RSS],
      ['the sitemap index', () => '/sitemap.xml', XML],
      ['a sitemap page', () => '/sitemaps/articles-1.xml', XML],
      ['the news sitemap', () => '/news-sitemap.xml', XML],
      ['robots.txt', () => '/robots.txt', 'text/plain; charset=utf-8'],
    ]

    test.each(DOCUMENTS)(
      '%s is public with a strong ETag, and 304 for a reader who holds it',
      async (_name, path, contentType) => {
        const first = await get(path())
        expect(first.status).toBe(200)
        expect(first.headers['content-type']).toBe(contentType)
        expect(first.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL)
        expect(first.headers.etag).toMatch(STRONG_ETAG)
        // Asked twice: the second may be the read cache's kept answer; both honour the ETag.
        for (let i = 0; i < 2; i += 1) {
          const again = await get(path(), { 'If-None-Match': first.headers.etag! })
          expect(again.status).toBe(304)
          expect(again.body ?? '').toBe('')
          expect(again.headers.etag).toBe(first.headers.etag)
          expect(again.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL)
        }
        const other = await get(path(), { 'If-None-Match': '"another-version"' })
        expect(other.status).toBe(200)
        expect(other.body).toBe(first.body)
      },
    )

    test.each([
      ['/sections/no-such-section/feed.xml', /No section has the slug "no-such-section"/],
      ['/tags/no-such-tag/feed.xml', /No tag has the slug "no-such-tag"/],
      ['/people/nobody/feed.xml', /No person has the slug "nobody"/],
      ['/sitemaps/articles-2.xml', /no sitemap page "2"/],
      ['/sitemaps/articles-0.xml', /no sitemap page "0"/],
      ['/sitemaps/articles-first.xml', /no sitemap page "first"/],
    ])('%s is a 404 that says why, and is never stored', async (path, message) => {
      const response = await server.http.get(path)
      expect(response.status).toBe(404)
      expect(response.headers['cache-control']).toBe(NO_STORE)
      expect(response.body.errors[0].message).toMatch(message)
    })
  })

  describe('queries', () => {
    test('a feed costs the same statements for 2 stories as for 8: linked records are read per feed, not per story', async () => {
      const counter = countQueries(server.payload)
      if (!counter) return // MongoDB: no SQL driver to watch.
      try {
        const section = await server.payload.create({
          collection: 'sections',
          data: { name: `Query count ${Date.now()}` },
        })
        const publish = async (count: number) => {
          for (let i = 0; i < count; i += 1) {
            const tag = await server.payload.create({
              collection: 'tags',
              data: { name: `query count tag ${Date.now()} ${i}`, kind: 'topic' },
            })
            await storyAt(server.payload, newsroom, 'published', {
              data: { section: section.id, tags: [tag.id] },
            })
          }
        }
        const statementsForFeed = async () => {
          await afterSavesSettle(server.payload)
          counter.reset()
          const items = await feedItems(`/sections/${section.slug}/feed.xml`)
          return { items: items.length, statements: counter.statements.length }
        }
        await publish(2)
        const few = await statementsForFeed()
        await publish(6)
        const more = await statementsForFeed()
        expect([few.items, more.items]).toEqual([2, 8])
        expect(more.statements).toBe(few.statements)
        expect(few.statements).toBeLessThanOrEqual(10)

        // Asked again with nothing changed: the read cache answers with no article read.
        counter.reset()
        await feedItems(`/sections/${section.slug}/feed.xml`)
        expect(counter.statements.filter((sql) => /articles/i.test(sql))).toEqual([])
      } finally {
        counter.restore()
      }
    })
  })
})
