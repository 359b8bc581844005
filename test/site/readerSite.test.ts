import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { SITE_PATHS } from '../../src/domain/site/paths'
import type { Article } from '../../src/payload-types'
import { runSeed } from '../../seed/seed'
import { siteUrl } from '../../src/settings'
import { storyPreviewUrl } from '../../src/site/previewUrl'
import { authHeader } from '../support/api'
import { createUser } from '../support/users'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { SEED_HEADLINE, SEED_SLUG, seededStory } from '../delivery/delivery'
import { openNewsroom, storyAt } from '../workflow/newsroom'
import type { Newsroom } from '../workflow/newsroom'

const DRAFT_HEADLINE = 'DRAFTONLY Summit communique leaks early'
const REVISION_HEADLINE = 'REVISIONONLY Ministers agree after all'
const HOSTILE_HEADLINE = 'Tram <script>alert(1)</script> line reopens'

const jsonLdIn = (html: string): unknown => {
  const found = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)
  return found ? JSON.parse(found[1]!) : undefined
}

/** The path and query of a URL on this server, for supertest. */
const pathOf = (url: string): string => {
  const parsed = new URL(url)
  return `${parsed.pathname}${parsed.search}`
}

describeWithDatabase('the reader site', () => {
  let server: TestServer
  let newsroom: Newsroom
  let seed: Article
  let draft: Article
  let revised: Article
  let corrected: Article

  beforeAll(async () => {
    server = await startTestServer()
    await runSeed(server.payload)
    seed = await seededStory(server.payload)
    newsroom = await openNewsroom(server.payload, server.http)
    draft = await storyAt(server.payload, newsroom, 'in_review', {
      data: { headline: DRAFT_HEADLINE },
    })
    // A live story whose newest version is an unpublished revision.
    revised = await storyAt(server.payload, newsroom, 'published')
    await server.payload.update({
      collection: 'articles',
      id: revised.id,
      data: { headline: REVISION_HEADLINE, slug: revised.slug },
      draft: true,
    })
    corrected = await storyAt(server.payload, newsroom, 'published', {
      data: { headline: HOSTILE_HEADLINE },
    })
    await server.payload.update({
      collection: 'articles',
      id: corrected.id,
      data: {
        corrections: [
          { text: 'The line reopened on Monday, not Sunday.', date: '2026-01-05T09:00:00Z' },
        ],
      },
    })
  })
  afterAll(async () => server?.stop())

  const previewPath = (article: Article, user = newsroom.staff.writer, now?: number) =>
    pathOf(storyPreviewUrl(server.payload, article, user, now)!)

  describe('published pages', () => {
    test('the home page lists the seed story and points staff at the admin', async () => {
      const response = await server.http.get('/')
      expect(response.status).toBe(200)
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(response.text).toContain(
        `<h2><a href="${SITE_PATHS.article(SEED_SLUG)}">${SEED_HEADLINE}</a></h2>`,
      )
      expect(response.text).toContain('<a class="staff-link" href="/admin">')
      expect(response.text).not.toContain(DRAFT_HEADLINE)
    })

    test('a story’s page carries the same NewsArticle JSON-LD as the API’s /jsonld route', async () => {
      const page = await server.http.get(SITE_PATHS.article(SEED_SLUG)).expect(200)
      const api = await server.http.get(`/api/articles/slug/${SEED_SLUG}/jsonld`).expect(200)
      expect(jsonLdIn(page.text)).toEqual(JSON.parse(api.text))
      expect(page.text).toContain(`<h1>${SEED_HEADLINE}</h1>`)
      expect(page.text).toMatch(/<q cite="\/people\/sergey-lavrov" data-speaker="Sergey Lavrov">/)
    })

    test('the JSON-LD url, the canonical link and the ninjs web rendition name a page that answers', async () => {
      const page = await server.http.get(SITE_PATHS.article(SEED_SLUG)).expect(200)
      const ninjs = await server.http.get(`/api/articles/${seed.id}/ninjs`).expect(200)
      const url = `${siteUrl()}${SITE_PATHS.article(SEED_SLUG)}`
      expect((jsonLdIn(page.text) as { url: string }).url).toBe(url)
      expect(page.text).toContain(`<link rel="canonical" href="${url}">`)
      expect(JSON.parse(ninjs.text).renditions).toEqual([
        { name: 'web', href: url, contentType: 'text/html' },
      ])
      // SITE_URL is unset in the tests: it defaults to this server, which serves the page.
      expect(new URL(url).origin).toBe(server.payload.config.serverURL)
      await server.http.get(new URL(url).pathname).expect(200)
    })

    test('a page is public for a minute with a strong ETag, and 304 when the client has it', async () => {
      const path = SITE_PATHS.article(SEED_SLUG)
      const first = await server.http.get(path).expect(200)
      expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300')
      expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
      const again = await server.http.get(path).set('If-None-Match', first.headers.etag!)
      expect(again.status).toBe(304)
      expect(again.text ?? '').toBe('')
      const head = await server.http.head(path).expect(200)
      expect(head.headers.etag).toBe(first.headers.etag)
    })

    test('a section, a tag and a person each list the seed story', async () => {
      const section = await server.payload.findByID({
        collection: 'sections',
        id: (seed.section as number | string)!,
      })
      for (const path of [
        SITE_PATHS.section(section.slug!),
        SITE_PATHS.tag('russia'),
        SITE_PATHS.person('sergey-lavrov'),
      ]) {
        const response = await server.http.get(path)
        expect(response.status, path).toBe(200)
        expect(response.text, path).toContain(`<a href="${SITE_PATHS.article(SEED_SLUG)}">`)
      }
    })

    test('corrections are printed under the story, and what editors typed stays text', async () => {
      const response = await server.http.get(SITE_PATHS.article(corrected.slug!)).expect(200)
      expect(response.text).toContain('The line reopened on Monday, not Sunday.')
      expect(response.text).toContain('<h2 id="corrections">Corrections</h2>')
      expect(response.text).toContain(
        '<h1>Tram &lt;script&gt;alert(1)&lt;/script&gt; line reopens</h1>',
      )
      expect(response.text).not.toContain('<script>alert(1)')
    })
  })

  describe('what readers never see', () => {
    test.each([
      ['a story never published', () => SITE_PATHS.article(draft.slug!)],
      ['a slug that does not exist', () => SITE_PATHS.article('no-such-story')],
      ['a section that does not exist', () => SITE_PATHS.section('no-such-section')],
      ['a tag that does not exist', () => SITE_PATHS.tag('no-such-tag')],
      ['a person who does not exist', () => SITE_PATHS.person('no-such-person')],
    ])('%s is a 404 page nobody keeps', async (_label, path) => {
      const response = await server.http.get(path())
      expect(response.status).toBe(404)
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(response.headers['cache-control']).toBe('no-store')
      expect(response.text).toContain('<h1>Page not found</h1>')
      expect(response.text).not.toContain(DRAFT_HEADLINE)
    })

    test('signed-in staff get the published site too: a draft is a 404 without a preview link', async () => {
      const response = await server.http
        .get(SITE_PATHS.article(draft.slug!))
        .set(authHeader(newsroom.tokens.editor))
      expect(response.status).toBe(404)
      expect(response.text).not.toContain(DRAFT_HEADLINE)
    })

    test('a live story’s page shows the published version, not the revision being written', async () => {
      const response = await server.http.get(SITE_PATHS.article(revised.slug!)).expect(200)
      expect(response.text).toContain(`<h1>${revised.headline}</h1>`)
      expect(response.text).not.toContain(REVISION_HEADLINE)
    })
  })

  describe('preview links', () => {
    test('a writer’s preview link shows the latest draft, private and not indexed', async () => {
      const response = await server.http.get(previewPath(draft))
      expect(response.status).toBe(200)
      expect(response.text).toContain(`<h1>${DRAFT_HEADLINE}</h1>`)
      expect(response.text).toContain('data-preview="draft"')
      expect(response.text).toContain('<meta name="robots" content="noindex">')
      expect(response.headers['cache-control']).toBe('private, no-store')
      expect(response.headers['x-robots-tag']).toBe('noindex')
      expect(response.headers.etag).toBeUndefined()
    })

    test('the same address without the token is a 404', async () => {
      const path = previewPath(draft)
      expect(path).toContain('?preview=')
      const response = await server.http.get(path.split('?')[0]!)
      expect(response.status).toBe(404)
      expect(response.text).not.toContain(DRAFT_HEADLINE)
    })

    test('a preview of a live story shows its revision', async () => {
      const response = await server.http.get(previewPath(revised)).expect(200)
      expect(response.text).toContain(`<h1>${REVISION_HEADLINE}</h1>`)
    })

    test('a link reads only the story it names, whatever the address it is sent to', async () => {
      const [, query] = previewPath(draft).split('?')
      const response = await server.http.get(`${SITE_PATHS.article(SEED_SLUG)}?${query}`)
      expect(response.status).toBe(302)
      expect(response.headers.location).toBe(`${SITE_PATHS.article(draft.slug!)}?${query}`)
      expect(response.headers['cache-control']).toBe('private, no-store')
    })

    test.each<[label: string, path: () => string, reason: RegExp]>([
      ['an expired link', () => previewPath(draft, undefined, Date.now() - 3_600_000), /expired/],
      [
        'a link for another story',
        () => previewPath(draft).replace(`preview=${draft.id}.`, `preview=${seed.id}.`),
        /altered/,
      ],
      ['a cut-short link', () => previewPath(draft).replace(/\.[^.]+$/, ''), /incomplete/],
      ['an empty token', () => `${SITE_PATHS.article(draft.slug!)}?preview=`, /incomplete/],
    ])('%s is refused with a 403 that says why', async (_label, path, reason) => {
      const response = await server.http.get(path())
      expect(response.status).toBe(403)
      expect(response.headers['cache-control']).toBe('no-store')
      expect(response.text).toMatch(reason)
      expect(response.text).not.toContain(DRAFT_HEADLINE)
    })

    test('a link stops working when the account that opened it is removed', async () => {
      const leaver = await createUser(server.payload, 'editor', 'leaver@newsroom.test')
      const path = previewPath(draft, leaver)
      await server.http.get(path).expect(200)
      await server.payload.delete({ collection: 'users', id: leaver.id })
      const response = await server.http.get(path)
      expect(response.status).toBe(403)
      expect(response.text).toMatch(/may no longer read drafts/)
    })

    test('no link is made for someone who may not read drafts', () => {
      expect(storyPreviewUrl(server.payload, draft, null)).toBeNull()
      expect(storyPreviewUrl(server.payload, draft, { id: 1, role: null })).toBeNull()
      expect(storyPreviewUrl(server.payload, {}, newsroom.staff.writer)).toBeNull()
    })
  })
})
