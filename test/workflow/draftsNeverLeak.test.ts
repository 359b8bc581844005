import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { readRss } from '../../src/domain/feeds/readBack.testing'
import { richTextFromParagraphs } from '../../src/domain/richText'
import type { Article } from '../../src/payload-types'
import { authHeader, graphql } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createImage, openNewsroom, storyAt } from './newsroom'
import type { Newsroom } from './newsroom'

/** Words that only unpublished text contains: if a reader's response has them, a draft leaked. */
const DRAFT_MARK = 'DRAFTONLY'
const REVISION_MARK = 'REVISIONONLY'

describeWithDatabase('drafts never leak to anonymous readers', () => {
  let server: TestServer
  let newsroom: Newsroom
  let published: Article
  let neverPublished: Article
  let revised: Article
  /** An image only the never-published story uses, and its file. */
  let secretImage: { id: number; filename: string }
  const PUBLISHED_COUNT = 2

  beforeAll(async () => {
    server = await startTestServer()
    newsroom = await openNewsroom(server.payload, server.http)
    const { payload } = server
    const imageId = await createImage(payload, 'secret-summit.png', {
      alt: 'Ministers arriving',
      caption: `${DRAFT_MARK} Ministers arrive for the secret summit`,
      creditLine: 'EPA',
    })
    secretImage = {
      id: imageId,
      filename: (await payload.findByID({ collection: 'media', id: imageId })).filename!,
    }
    neverPublished = await storyAt(payload, newsroom, 'in_review', {
      data: {
        headline: `${DRAFT_MARK} Secret summit plans`,
        organizations: [newsroom.registry.organization],
        leadImage: imageId,
      },
    })
    revised = await storyAt(payload, newsroom, 'published', {
      data: { headline: 'Ministers meet in Brussels' },
    })
    // A newer draft revision of a live story: readers must keep getting the published text.
    await payload.update({
      collection: 'articles',
      id: revised.id,
      data: { headline: `${REVISION_MARK} Ministers walk out`, workflowStage: 'in_review' },
      draft: true,
    })
    published = await storyAt(payload, newsroom, 'published', {
      data: {
        headline: 'NATO, Russia Still at Odds',
        relatedLinks: [{ article: neverPublished.id }, { article: revised.id }],
      },
    })
  })
  afterAll(async () => server?.stop())

  const isClean = (body: unknown) => {
    const text = JSON.stringify(body)
    expect(text).not.toContain(DRAFT_MARK)
    expect(text).not.toContain(REVISION_MARK)
  }

  test('control: staff do see the unpublished text these tests look for', async () => {
    const response = await server.http
      .get('/api/articles?draft=true&limit=50')
      .set(authHeader(newsroom.tokens.writer))
    expect(JSON.stringify(response.body)).toContain(DRAFT_MARK)
    expect(JSON.stringify(response.body)).toContain(REVISION_MARK)
    const image = await server.http
      .get(`/api/media/${secretImage.id}`)
      .set(authHeader(newsroom.tokens.writer))
    expect(image.status).toBe(200)
    expect(image.body.caption).toContain(DRAFT_MARK)
    await server.http
      .get(`/api/media/file/${secretImage.filename}`)
      .set(authHeader(newsroom.tokens.writer))
      .expect(200)
  })

  describe('media of an unpublished story', () => {
    test.each([
      ['the media list', () => '/api/media?limit=50'],
      ['the media list populated', () => '/api/media?depth=2&limit=50'],
      ['a filter on the caption', () => `/api/media?where[caption][like]=${DRAFT_MARK}`],
      ['the count of media', () => `/api/media/count?where[caption][like]=${DRAFT_MARK}`],
      [
        'the never-published story, with drafts',
        () => `/api/articles/${neverPublished.id}?draft=true&depth=1`,
      ],
    ])('%s shows nothing of it', async (_label, path) => {
      const response = await server.http.get(path())
      isClean(response.body)
      if (response.body.totalDocs !== undefined && path().includes('caption')) {
        expect(response.body.totalDocs).toBe(0)
      }
    })

    test('by id it is not found, and its file is not served', async () => {
      const byId = await server.http.get(`/api/media/${secretImage.id}`)
      expect(byId.status).toBe(404)
      isClean(byId.body)
      const file = await server.http.get(`/api/media/file/${secretImage.filename}`)
      expect([403, 404]).toContain(file.status)
      isClean(file.text)
    })

    test('nor through GraphQL, in the list or by id', async () => {
      const list = await graphql(
        server.http,
        '{ allMedia(limit: 50) { totalDocs docs { caption } } }',
      )
      isClean(list)
      expect(list.errors).toBeUndefined()
      const byId = await graphql(server.http, `{ Media(id: ${secretImage.id}) { caption } }`)
      isClean(byId)
      expect(byId.data?.Media ?? null).toBeNull()
    })

    test("a published story's lead image is public, as a document and as a file", async () => {
      const image = newsroom.registry.image
      const byId = await server.http.get(`/api/media/${image}`)
      expect(byId.status).toBe(200)
      const file = await server.http.get(`/api/media/file/${byId.body.filename}`)
      expect(file.status).toBe(200)
    })

    test('once a published story leads with it, readers see it', async () => {
      const { payload } = server
      const id = await createImage(payload, 'soon-public.png', {
        alt: 'Soon public',
        creditLine: 'EPA',
      })
      const story = await storyAt(payload, newsroom, 'approved', { data: { leadImage: id } })
      await server.http.get(`/api/media/${id}`).expect(404)
      await payload.update({ collection: 'articles', id: story.id, data: { _status: 'published' } })
      await server.http.get(`/api/media/${id}`).expect(200)
      // Taken down again, it goes with the story.
      await payload.update({ collection: 'articles', id: story.id, data: { _status: 'draft' } })
      await server.http.get(`/api/media/${id}`).expect(404)
      await payload.delete({ collection: 'articles', id: story.id })
    })

    test('an image in the body follows its story too: hidden while a draft, public once published', async () => {
      const { payload } = server
      const id = await createImage(payload, 'in-the-body.png', {
        alt: 'In the body',
        caption: `${DRAFT_MARK} embedded`,
        creditLine: 'EPA',
      })
      const body = richTextFromParagraphs(['Ministers arrived.']) as unknown as {
        root: { children: unknown[] }
      }
      body.root.children.push({
        type: 'upload',
        version: 3,
        relationTo: 'media',
        value: id,
        fields: null,
        format: '',
        id: 'body-image-1',
      })
      const story = await storyAt(payload, newsroom, 'approved', { data: { body } })
      const hidden = await server.http.get(`/api/media/${id}`)
      expect(hidden.status).toBe(404)
      isClean(hidden.body)
      await payload.update({ collection: 'articles', id: story.id, data: { _status: 'published' } })
      await server.http.get(`/api/media/${id}`).expect(200)
      await payload.delete({ collection: 'articles', id: story.id })
      await server.http.get(`/api/media/${id}`).expect(404)
    })

    test('a preview key sees it, as staff do', async () => {
      const key = await server.payload.create({
        collection: 'preview-keys',
        data: {
          name: 'Leak test preview',
          enableAPIKey: true,
          apiKey: 'leak-test-preview-key-0123456789',
        },
        overrideAccess: true,
      })
      const header = { Authorization: 'preview-keys API-Key leak-test-preview-key-0123456789' }
      const byId = await server.http.get(`/api/media/${secretImage.id}`).set(header)
      expect(byId.status).toBe(200)
      await server.http.get(`/api/media/file/${secretImage.filename}`).set(header).expect(200)
      await server.payload.delete({ collection: 'preview-keys', id: key.id, overrideAccess: true })
    })
  })

  describe('REST', () => {
    const LISTS: Array<[label: string, path: () => string, totalDocs: number | null]> = [
      ['the article list', () => '/api/articles', PUBLISHED_COUNT],
      ['the article list with ?draft=true', () => '/api/articles?draft=true', PUBLISHED_COUNT],
      ['the article list populated deep', () => '/api/articles?depth=3', PUBLISHED_COUNT],
      [
        'the article list with drafts, populated deep',
        () => '/api/articles?draft=true&depth=3',
        PUBLISHED_COUNT,
      ],
      ['a filter on _status = draft', () => '/api/articles?where[_status][equals]=draft', 0],
      [
        'a filter on _status = draft, with drafts',
        () => '/api/articles?draft=true&where[_status][equals]=draft',
        0,
      ],
      [
        'a filter on the stage',
        () => '/api/articles?where[workflowStage][in]=draft,in_review,approved',
        0,
      ],
      [
        'a filter on the stage, with drafts',
        () => '/api/articles?draft=true&where[workflowStage][equals]=in_review',
        0,
      ],
      [
        'a filter on words only a draft has',
        () => `/api/articles?where[headline][like]=${DRAFT_MARK}`,
        0,
      ],
      [
        'a filter on words only a draft has, with drafts',
        () => `/api/articles?draft=true&where[headline][like]=${DRAFT_MARK}`,
        0,
      ],
      [
        'a filter on words only a newer revision has, with drafts',
        () => `/api/articles?draft=true&where[headline][like]=${REVISION_MARK}`,
        0,
      ],
      ['a sort on _status', () => '/api/articles?sort=_status', PUBLISHED_COUNT],
      [
        'a sort on the stage, with drafts',
        () => '/api/articles?draft=true&sort=-workflowStage',
        PUBLISHED_COUNT,
      ],
      ['the count of drafts', () => '/api/articles/count?where[_status][equals]=draft', 0],
      [
        'the count of everything, with drafts',
        () => '/api/articles/count?draft=true',
        PUBLISHED_COUNT,
      ],
      [
        'a published article with an unpublished related one',
        () => `/api/articles/${published.id}?depth=0`,
        null,
      ],
      ['that article, related populated', () => `/api/articles/${published.id}?depth=1`, null],
      [
        'that article, related populated deep, with drafts',
        () => `/api/articles/${published.id}?depth=4&draft=true`,
        null,
      ],
      ['the tag join listing articles', () => `/api/tags/${newsroom.registry.tag}?depth=1`, null],
      [
        'the tag join, with drafts',
        () => `/api/tags/${newsroom.registry.tag}?depth=1&draft=true`,
        null,
      ],
      [
        'the person join listing articles',
        () => `/api/people/${newsroom.registry.person}?depth=1`,
        null,
      ],
      [
        'the organisation join listing articles',
        () => `/api/organizations/${newsroom.registry.organization}?depth=1&draft=true`,
        null,
      ],
      ['the tag list with joins', () => '/api/tags?depth=1&draft=true', null],
      [
        'the tag join with its count',
        () => `/api/tags/${newsroom.registry.tag}?joins[articles][count]=true&draft=true`,
        null,
      ],
      ['suggested related articles', () => `/api/articles/${revised.id}/related`, null],
      ['a search for words only a draft has', () => `/api/search?q=${DRAFT_MARK}`, null],
      [
        'a search for words only a draft has, with drafts',
        () => `/api/search?q=${DRAFT_MARK}&draft=true`,
        null,
      ],
      [
        'a search for words only a newer revision has',
        () => `/api/search?q=${REVISION_MARK}&draft=true`,
        null,
      ],
      ['a search that finds the revised story', () => '/api/search?q=ministers&draft=true', null],
    ]

    test.each(LISTS)('%s shows only published text', async (_label, path, totalDocs) => {
      const response = await server.http.get(path())
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      isClean(response.body)
      if (totalDocs !== null) expect(response.body.totalDocs).toBe(totalDocs)
    })

    test.each([
      ['never-published article', () => `/api/articles/${neverPublished.id}`],
      [
        'never-published article with ?draft=true',
        () => `/api/articles/${neverPublished.id}?draft=true`,
      ],
    ])('the %s is not found', async (_label, path) => {
      const response = await server.http.get(path())
      expect(response.status).toBe(404)
      isClean(response.body)
    })

    test.each([[''], ['?draft=true']])(
      'a published article with a newer draft reads as published (%s)',
      async (query) => {
        const response = await server.http.get(`/api/articles/${revised.id}${query}`).expect(200)
        expect(response.body.headline).toBe('Ministers meet in Brussels')
        expect(response.body._status).toBe('published')
        expect(response.body.workflowStage).toBe('published')
      },
    )

    test('search finds only published stories, the revised one by its published words', async () => {
      const headlines = async (q: string) =>
        (await server.http.get(`/api/search?q=${q}&limit=50`).expect(200)).body.docs.map(
          (doc: { headline: string }) => doc.headline,
        )
      expect(await headlines(DRAFT_MARK)).toEqual([])
      expect(await headlines(REVISION_MARK)).toEqual([])
      expect(await headlines('walk')).toEqual([])
      expect(await headlines('ministers')).toContain('Ministers meet in Brussels')
      expect(await headlines('secret summit')).toEqual([])
    })

    test('a published article never lists an unpublished related one, not even by id', async () => {
      for (const depth of [0, 1, 2]) {
        const response = await server.http.get(`/api/articles/${published.id}?depth=${depth}`)
        const linked = response.body.relatedLinks.map((link: { article: unknown }) =>
          typeof link.article === 'object' ? (link.article as { id: number }).id : link.article,
        )
        expect(linked).toEqual([revised.id])
      }
    })

    test('the joins on tags, people and organisations list and count only published articles', async () => {
      for (const path of [
        `/api/tags/${newsroom.registry.tag}?depth=0&joins[articles][count]=true`,
        `/api/people/${newsroom.registry.person}?depth=0&draft=true`,
        `/api/organizations/${newsroom.registry.organization}?depth=0`,
      ]) {
        const response = await server.http.get(path).expect(200)
        const ids = response.body.articles.docs.map((doc: unknown) =>
          typeof doc === 'object' ? (doc as { id: number }).id : doc,
        )
        expect(ids).not.toContain(neverPublished.id)
        if (response.body.articles.totalDocs !== undefined) {
          expect(response.body.articles.totalDocs).toBe(ids.length)
        }
      }
    })

    test.each([
      ['the versions list', () => '/api/articles/versions'],
      [
        'the versions of a draft',
        () => `/api/articles/versions?where[parent][equals]=${neverPublished.id}`,
      ],
      ['the versions list, with drafts', () => '/api/articles/versions?draft=true'],
    ])('%s is refused', async (_label, path) => {
      const response = await server.http.get(path())
      expect(response.status).toBe(403)
      isClean(response.body)
    })

    test('one version by id is refused', async () => {
      const { docs } = await server.payload.findVersions({ collection: 'articles', limit: 1 })
      const response = await server.http.get(`/api/articles/versions/${docs[0]!.id}`)
      expect(response.status).toBe(403)
      isClean(response.body)
    })

    test('a filter on a field readers cannot read is refused', async () => {
      const response = await server.http.get('/api/articles?where[workflowNote][exists]=true')
      expect([0, undefined]).toContain(response.body.totalDocs ?? undefined)
      isClean(response.body)
    })
  })

  describe('feeds and sitemaps', () => {
    const slugOf = async (collection: 'sections' | 'tags' | 'people', id: number) =>
      (await server.payload.findByID({ collection, id, depth: 0 })).slug!
    const DOCUMENTS: Array<[label: string, path: () => Promise<string>]> = [
      ['the site feed', async () => '/feed.xml'],
      ['the site feed with ?draft=true', async () => '/feed.xml?draft=true'],
      [
        'the section feed',
        async () => `/sections/${await slugOf('sections', newsroom.registry.section)}/feed.xml`,
      ],
      ['the tag feed', async () => `/tags/${await slugOf('tags', newsroom.registry.tag)}/feed.xml`],
      [
        'the person feed',
        async () => `/people/${await slugOf('people', newsroom.registry.person)}/feed.xml`,
      ],
      ['the sitemap index', async () => '/sitemap.xml'],
      ['the sitemap page', async () => '/sitemaps/articles-1.xml'],
      ['the Google News sitemap', async () => '/news-sitemap.xml'],
    ]
    const readText = async (path: string, headers: Record<string, string> = {}) => {
      const response = await server.http
        .get(path)
        .set(headers)
        .buffer(true)
        .parse((res, done) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (text += chunk))
          res.on('end', () => done(null, text))
        })
      expect(response.status).toBe(200)
      return response.body as string
    }

    test.each(DOCUMENTS)('%s shows only published stories', async (_label, path) => {
      const text = await readText(await path())
      isClean(text)
      expect(text).not.toContain(`/articles/${neverPublished.slug}`)
    })

    test.each(DOCUMENTS)('%s is the same for a signed-in writer', async (_label, path) => {
      const text = await readText(await path(), authHeader(newsroom.tokens.writer))
      isClean(text)
      expect(text).toBe(await readText(await path()))
    })

    test('the site feed lists the published stories, the revised one with its published headline', async () => {
      const { items = [] } = await readRss(await readText('/feed.xml'))
      expect(items).toHaveLength(PUBLISHED_COUNT)
      expect(items.map((item) => item.title)).toContain('Ministers meet in Brussels')
    })
  })

  describe('GraphQL', () => {
    const QUERIES: Array<[label: string, query: () => string, totalDocs: number | null]> = [
      [
        'the article list',
        () => '{ Articles { totalDocs docs { id headline } } }',
        PUBLISHED_COUNT,
      ],
      [
        'the article list with draft: false',
        () => '{ Articles(draft: false) { totalDocs docs { id headline } } }',
        PUBLISHED_COUNT,
      ],
      [
        'the article list with draft: true',
        () => '{ Articles(draft: true) { totalDocs docs { id headline _status } } }',
        PUBLISHED_COUNT,
      ],
      [
        'related articles populated',
        () =>
          '{ Articles(draft: true) { totalDocs docs { relatedLinks { article { id headline relatedLinks { article { headline } } } } } } }',
        PUBLISHED_COUNT,
      ],
      [
        'a filter on _status',
        () =>
          '{ Articles(draft: true, where: { _status: { equals: draft } }) { totalDocs docs { headline } } }',
        0,
      ],
      [
        'a filter on the stage',
        () =>
          '{ Articles(draft: true, where: { workflowStage: { equals: in_review } }) { totalDocs docs { headline } } }',
        0,
      ],
      [
        'a filter on words only a draft has',
        () =>
          `{ Articles(draft: true, where: { headline: { like: "${DRAFT_MARK}" } }) { totalDocs } }`,
        0,
      ],
      [
        'a filter on words only a newer revision has',
        () =>
          `{ Articles(draft: true, where: { headline: { like: "${REVISION_MARK}" } }) { totalDocs } }`,
        0,
      ],
      [
        'a sort on the stage',
        () => '{ Articles(draft: true, sort: "workflowStage") { totalDocs docs { headline } } }',
        PUBLISHED_COUNT,
      ],
      [
        'the count of drafts',
        () => '{ countArticles(draft: true, where: { _status: { equals: draft } }) { totalDocs } }',
        0,
      ],
      [
        'the never-published article by id',
        () => `{ Article(id: ${neverPublished.id}, draft: true) { headline } }`,
        null,
      ],
      [
        'the tag join',
        () =>
          `{ Tag(id: ${newsroom.registry.tag}, draft: true) { articles { totalDocs docs { id headline } } } }`,
        null,
      ],
      [
        'the person join',
        () =>
          `{ Person(id: ${newsroom.registry.person}) { articles(where: { _status: { equals: draft } }) { totalDocs docs { headline } } } }`,
        null,
      ],
      [
        'the organisation join',
        () =>
          `{ Organization(id: ${newsroom.registry.organization}, draft: true) { articles { totalDocs docs { headline } } } }`,
        null,
      ],
      [
        'the versions list',
        () => '{ versionsArticles { totalDocs docs { version { headline } } } }',
        null,
      ],
      [
        'suggested related articles',
        () => `{ RelatedArticles(id: ${revised.id}) { article { headline } } }`,
        null,
      ],
      [
        'a search for words only a draft has',
        () =>
          `{ search(q: "${DRAFT_MARK}") { docs { headline passage { html } article { headline } } } }`,
        null,
      ],
      [
        'a search for words only a newer revision has',
        () =>
          `{ search(q: "${REVISION_MARK} walk") { docs { headline article { headline _status } } } }`,
        null,
      ],
      [
        'a search that finds the revised story, with its article',
        () =>
          '{ search(q: "ministers") { docs { headline passage { html } article { headline workflowStage } } } }',
        null,
      ],
    ]

    test.each(QUERIES)('%s shows only published text', async (_label, query, totalDocs) => {
      const result = await graphql(server.http, query())
      isClean(result)
      if (totalDocs !== null) {
        expect(result.errors).toBeUndefined()
        const [first] = Object.values(result.data ?? {})
        expect((first as { totalDocs: number }).totalDocs).toBe(totalDocs)
      }
    })

    test('a published article with a newer draft reads as published with draft: true', async () => {
      const result = await graphql(
        server.http,
        `{ Article(id: ${revised.id}, draft: true) { headline _status } }`,
      )
      expect(result.data?.Article).toEqual({
        headline: 'Ministers meet in Brussels',
        _status: 'published',
      })
    })

    test('a single version is refused', async () => {
      const { docs } = await server.payload.findVersions({ collection: 'articles', limit: 1 })
      const result = await graphql(
        server.http,
        `{ versionArticle(id: ${docs[0]!.id}) { version { headline } } }`,
      )
      expect(result.errors?.[0]?.message).toMatch(/not allowed/)
      isClean(result)
    })

    test('the tag join counts only published articles', async () => {
      const result = await graphql(
        server.http,
        `{ Tag(id: ${newsroom.registry.tag}) { articles(count: true) { totalDocs docs { id } } } }`,
      )
      const ids = result.data?.Tag.articles.docs.map((doc: { id: number }) => doc.id)
      expect(ids).not.toContain(neverPublished.id)
      expect(result.data?.Tag.articles.totalDocs).toBe(ids.length)
    })
  })
})
