import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '../../src/http/types'
import type { Article, Media } from '../../src/payload-types'
import { runSeed } from '../../seed/seed'
import { authHeader, login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createUser } from '../support/users'
import { PREVIEW, SEED_SLUG, createPreviewKey, publishChange, seededStory } from './delivery'

const STRONG_ETAG = /^"[A-Za-z0-9_-]{20,}"$/

const graphqlUrl = (query: string) => `/api/graphql?query=${encodeURIComponent(query)}`

describeWithDatabase('HTTP caching of published content', () => {
  let server: TestServer
  let story: Article
  let token: string

  beforeAll(async () => {
    server = await startTestServer()
    await runSeed(server.payload)
    story = await seededStory(server.payload)
    const editor = await createUser(server.payload, 'editor')
    token = await login(server.http, editor.email)
    await createPreviewKey(server.payload)
  })
  afterAll(async () => server?.stop())

  const READS: Array<[string, () => string]> = [
    ['an article by id', () => `/api/articles/${story.id}`],
    ['a list of articles', () => '/api/articles?limit=5&sort=-publishedAt'],
    ['an article by slug', () => `/api/articles?where[slug][equals]=${SEED_SLUG}`],
    ['the people', () => '/api/people?limit=50'],
    ['the organisations', () => '/api/organizations?limit=50'],
    ['an article as ninjs', () => `/api/articles/${story.id}/ninjs`],
    ['an article as JSON-LD', () => `/api/articles/slug/${SEED_SLUG}/jsonld`],
    ['a GraphQL query sent by GET', () => graphqlUrl('{ Articles { docs { id headline } } }')],
  ]

  describe.each(READS)('an anonymous reader reading %s', (_, path) => {
    test('gets a short public lifetime and a strong ETag', async () => {
      const response = await server.http.get(path())
      expect(response.status, response.text).toBe(200)
      expect(response.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL)
      expect(response.headers.etag).toMatch(STRONG_ETAG)
      expect(response.headers.vary).toMatch(/Authorization/)
      expect(response.headers.vary).toMatch(/Cookie/)
    })

    test('gets 304 and no body when it already holds that version', async () => {
      const first = await server.http.get(path())
      const again = await server.http.get(path()).set('If-None-Match', first.headers.etag!)
      expect(again.status).toBe(304)
      expect(again.text ?? '').toBe('')
      expect(again.headers.etag).toBe(first.headers.etag)
      expect(again.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL)
    })
  })

  test('an ETag in a list of them, or a weak one, matches too', async () => {
    const { etag } = (await server.http.get(`/api/articles/${story.id}`)).headers
    for (const header of [`"other", ${etag}`, `W/${etag}`, '*']) {
      const response = await server.http
        .get(`/api/articles/${story.id}`)
        .set('If-None-Match', header)
      expect(response.status, header).toBe(304)
    }
    const stale = await server.http.get(`/api/articles/${story.id}`).set('If-None-Match', '"other"')
    expect(stale.status).toBe(200)
  })

  test('an editor publishing a change gives every view of the story a new ETag', async () => {
    const views = [
      `/api/articles/${story.id}`,
      `/api/articles/${story.id}/ninjs`,
      `/api/articles/slug/${SEED_SLUG}/jsonld`,
      graphqlUrl(`{ Article(id: ${story.id}) { headline standfirst } }`),
    ]
    const before = await Promise.all(views.map((path) => server.http.get(path)))
    await publishChange(server.payload, story.id, {
      standfirst: 'Moscow wants guarantees the shield will not target it.',
    })
    for (const [index, path] of views.entries()) {
      const old = before[index]!.headers.etag!
      const response = await server.http.get(path).set('If-None-Match', old)
      expect(response.status, path).toBe(200)
      expect(response.headers.etag).not.toBe(old)
      expect(response.text).toContain('Moscow wants guarantees')
    }
  })

  describe('what is asked with credentials or for drafts is private and never stored', () => {
    const PRIVATE: Array<[string, () => Record<string, string>, string]> = [
      ['a JWT', () => authHeader(token), ''],
      ['the admin session cookie', () => ({ Cookie: `payload-token=${token}` }), ''],
      ['a preview key', () => PREVIEW, ''],
      ['draft=true, even anonymously', () => ({}), '?draft=true'],
    ]

    test.each(PRIVATE)('a REST read with %s', async (_, headers, query) => {
      for (const path of [`/api/articles/${story.id}`, `/api/articles/${story.id}/ninjs`]) {
        const response = await server.http.get(`${path}${query}`).set(headers())
        expect(response.status, path).toBe(200)
        expect(response.headers['cache-control']).toBe(PRIVATE_CACHE_CONTROL)
        expect(response.headers.etag).toBeUndefined()
      }
    })

    test('a GraphQL query sent by GET with a JWT', async () => {
      const response = await server.http
        .get(graphqlUrl('{ Articles { docs { id } } }'))
        .set(authHeader(token))
      expect(response.status).toBe(200)
      expect(response.headers['cache-control']).toBe(PRIVATE_CACHE_CONTROL)
    })
  })

  describe('errors are never stored', () => {
    test.each([
      ['a missing article', '/api/articles/987654'],
      ['a missing article as ninjs', '/api/articles/987654/ninjs'],
      ['a collection readers may not list', '/api/users'],
    ])('%s', async (_, path) => {
      const response = await server.http.get(path)
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.headers['cache-control']).toBe('no-store')
      expect(response.headers.etag).toBeUndefined()
    })

    test('a GraphQL query that fails', async () => {
      const response = await server.http.get(graphqlUrl('{ Article(id: 987654) { id } }'))
      expect(response.body.errors).toBeDefined()
      expect(response.headers['cache-control']).toBe('no-store')
    })

    test('a GraphQL mutation sent by GET is refused, not run', async () => {
      const response = await server.http.get(
        graphqlUrl(`mutation { updateArticle(id: ${story.id}, data: { headline: "x" }) { id } }`),
      )
      expect(response.status).toBe(405)
      expect(response.headers['cache-control']).toBe('no-store')
    })
  })

  test('a media file still streams whole, untouched by the JSON caching', async () => {
    const { docs } = await server.payload.find({ collection: 'media', limit: 1 })
    const media = docs[0] as Media
    const response = await server.http
      .get(`/api/media/file/${media.filename}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => done(null, Buffer.concat(chunks)))
      })
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe(media.mimeType)
    expect((response.body as Buffer).length).toBe(media.filesize)
    expect(response.headers['content-length']).toBe(String(media.filesize))
  })
})
