import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import { ninjsSchemaErrors } from '../../src/domain/publishing/ninjsSchema.testing'
import type { Article } from '../../src/payload-types'
import { serverUrl } from '../../src/settings'
import { runSeed } from '../../seed/seed'
import { authHeader, graphql } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { openNewsroom, storyAt } from '../workflow/newsroom'
import type { Newsroom } from '../workflow/newsroom'
import {
  PREVIEW,
  SEED_HEADLINE,
  SEED_SLUG,
  createPreviewKey,
  publishChange,
  seededStory,
} from './delivery'

const LAVROV = 'https://www.wikidata.org/wiki/Q58217'
const DRAFT_HEADLINE = 'DRAFTONLY Embargoed summit communique'

const parse = (response: { text: string }) => JSON.parse(response.text) as Record<string, any>

describeWithDatabase('news standards: ninjs and NewsArticle JSON-LD over REST and GraphQL', () => {
  let server: TestServer
  let newsroom: Newsroom
  let story: Article
  let draft: Article

  beforeAll(async () => {
    server = await startTestServer()
    await runSeed(server.payload)
    story = await seededStory(server.payload)
    newsroom = await openNewsroom(server.payload, server.http)
    draft = await storyAt(server.payload, newsroom, 'in_review', {
      data: { headline: DRAFT_HEADLINE },
    })
    await createPreviewKey(server.payload)
  })
  afterAll(async () => server?.stop())

  const byId = (format: string) => `/api/articles/${story.id}/${format}`
  const bySlug = (format: string) => `/api/articles/slug/${SEED_SLUG}/${format}`

  describe('the published seed story', () => {
    test.each([
      ['by id', () => byId('ninjs')],
      ['by slug', () => bySlug('ninjs')],
    ])('its ninjs %s is valid IPTC ninjs 3.1 with its people and sources', async (_, path) => {
      const response = await server.http.get(path())
      expect(response.status, response.text).toBe(200)
      expect(response.headers['content-type']).toMatch(/^application\/json/)
      const ninjs = parse(response)
      expect(ninjsSchemaErrors(ninjs)).toEqual([])
      expect(ninjs).toMatchObject({
        uri: `${serverUrl()}/api/articles/${story.id}`,
        type: 'text',
        pubStatus: 'usable',
        slugline: SEED_SLUG,
        headlines: [{ role: 'main', value: SEED_HEADLINE }],
      })
      expect(ninjs.bodies.map((body: { contentType: string }) => body.contentType)).toEqual([
        'text/html',
        'text/plain',
      ])
      expect(ninjs.people).toContainEqual(
        expect.objectContaining({ name: 'Sergey Lavrov', uri: LAVROV }),
      )
      expect(ninjs.organisations).toContainEqual(expect.objectContaining({ name: 'NATO' }))
      expect(ninjs.infoSources).toContainEqual(
        expect.objectContaining({ name: 'Deutsche Presse-Agentur', role: 'source' }),
      )
      // The wire page described a photo but sent no file: no picture, no stand-in.
      expect(ninjs.associations ?? []).toEqual([])
    })

    test('by id and by slug it is the same document', async () => {
      const [one, other] = await Promise.all([
        server.http.get(byId('ninjs')),
        server.http.get(bySlug('ninjs')),
      ])
      expect(one.text).toBe(other.text)
    })

    test.each([
      ['by id', () => byId('jsonld')],
      ['by slug', () => bySlug('jsonld')],
    ])(
      'its JSON-LD %s is a NewsArticle with Wikidata links and no image it does not have',
      async (_, path) => {
        const response = await server.http.get(path())
        expect(response.status, response.text).toBe(200)
        expect(response.headers['content-type']).toMatch(/^application\/ld\+json/)
        const jsonLd = parse(response)
        expect(jsonLd).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: SEED_HEADLINE,
          datePublished: '2011-12-08T14:58:00.000Z',
          articleSection: 'World',
          publisher: { '@type': 'Organization', name: 'Newsroom CMS' },
          sourceOrganization: [expect.objectContaining({ name: 'Deutsche Presse-Agentur' })],
        })
        expect(jsonLd.image).toBeUndefined()
        expect([...jsonLd.about, ...(jsonLd.mentions ?? [])]).toContainEqual(
          expect.objectContaining({ '@type': 'Person', name: 'Sergey Lavrov', sameAs: LAVROV }),
        )
        expect(jsonLd.url).toBe(`${serverUrl()}/articles/${SEED_SLUG}`)
      },
    )

    test('GraphQL gives the same ninjs and JSON-LD as fields of the Article', async () => {
      const { data, errors } = await graphql(
        server.http,
        `
          query ($slug: String) {
            Articles(where: { slug: { equals: $slug } }) {
              docs {
                headline
                ninjs
                jsonLd
              }
            }
          }
        `,
        { slug: SEED_SLUG },
      )
      expect(errors).toBeUndefined()
      const doc = data?.Articles.docs[0]
      expect(ninjsSchemaErrors(doc.ninjs)).toEqual([])
      expect(doc.ninjs).toEqual(parse(await server.http.get(byId('ninjs'))))
      expect(doc.jsonLd).toEqual(parse(await server.http.get(byId('jsonld'))))
    })

    test('they are rendered only for a query that selects them', async () => {
      // Each rendering reads its story at depth 2; a list without the fields must not.
      const find = vi.spyOn(server.payload, 'find')
      const renderings = () => find.mock.calls.filter(([options]) => options.depth === 2).length
      try {
        const plain = await graphql(server.http, '{ Articles { docs { headline } } }')
        expect(plain.data?.Articles.docs).toContainEqual({ headline: SEED_HEADLINE })
        expect(renderings()).toBe(0)
        await graphql(server.http, '{ Articles { docs { ninjs } } }')
        expect(renderings()).toBeGreaterThan(0)
      } finally {
        find.mockRestore()
      }
    })
  })

  describe('an unpublished story', () => {
    const OUTPUTS: Array<[string, (key: { id: number | string; slug: string }) => string]> = [
      ['ninjs by id', ({ id }) => `/api/articles/${id}/ninjs`],
      ['JSON-LD by id', ({ id }) => `/api/articles/${id}/jsonld`],
      ['ninjs by slug', ({ slug }) => `/api/articles/slug/${slug}/ninjs`],
      ['JSON-LD by slug', ({ slug }) => `/api/articles/slug/${slug}/jsonld`],
    ]

    test('control: the draft has a slug readers could guess', () => {
      expect(draft.slug).toBeTruthy()
      expect(draft._status).toBe('draft')
    })

    test.each(OUTPUTS)(
      'a reader asking for its %s gets the 404 of a story that does not exist',
      async (_, path) => {
        const missing = await server.http.get(path({ id: 987654, slug: 'no-such-story' }))
        expect(missing.status).toBe(404)
        for (const query of ['', '?draft=true']) {
          const response = await server.http.get(
            `${path({ id: draft.id, slug: draft.slug! })}${query}`,
          )
          expect(response.status).toBe(404)
          expect(response.text).toBe(missing.text)
        }
      },
    )

    test('staff get 404 without asking for a preview: the outputs describe what is published', async () => {
      const response = await server.http
        .get(`/api/articles/${draft.id}/ninjs`)
        .set(authHeader(newsroom.tokens.editor))
      expect(response.status).toBe(404)
    })

    test.each([
      ['an editor', () => authHeader(newsroom.tokens.editor)],
      ['a preview key', () => PREVIEW],
    ])('%s previews it with draft=true, marked as withheld', async (_, headers) => {
      const ninjs = await server.http
        .get(`/api/articles/${draft.id}/ninjs?draft=true`)
        .set(headers())
      expect(ninjs.status, ninjs.text).toBe(200)
      expect(parse(ninjs)).toMatchObject({
        pubStatus: 'withheld',
        headlines: [{ role: 'main', value: DRAFT_HEADLINE }],
      })
      const jsonLd = await server.http
        .get(`/api/articles/slug/${draft.slug}/jsonld?draft=true`)
        .set(headers())
      expect(jsonLd.status, jsonLd.text).toBe(200)
      expect(parse(jsonLd).headline).toBe(DRAFT_HEADLINE)
    })

    test('GraphQL gives a reader nothing and a preview key a preview', async () => {
      const query = `query ($id: Int!) { Article(id: $id, draft: true) { ninjs jsonLd } }`
      const reader = await graphql(server.http, query, { id: draft.id })
      expect(JSON.stringify(reader)).not.toContain('DRAFTONLY')
      expect(reader.data?.Article ?? null).toBeNull()

      const preview = await server.http
        .post('/api/graphql')
        .set(PREVIEW)
        .send({ query, variables: { id: draft.id } })
      expect(preview.body.errors).toBeUndefined()
      expect(preview.body.data.Article.ninjs).toMatchObject({ pubStatus: 'withheld' })
      expect(preview.body.data.Article.jsonLd.headline).toBe(DRAFT_HEADLINE)
    })

    test('GraphQL gives staff null for it without a preview', async () => {
      const { data, errors } = await graphql(
        server.http,
        `
          query ($id: Int!) {
            Article(id: $id) {
              headline
              ninjs
              jsonLd
            }
          }
        `,
        { id: draft.id },
        newsroom.tokens.editor,
      )
      expect(errors).toBeUndefined()
      expect(data?.Article).toEqual({ headline: DRAFT_HEADLINE, ninjs: null, jsonLd: null })
    })
  })

  describe('a live story with an unpublished revision', () => {
    const REVISED = 'REVISIONONLY Ministers walk out'

    beforeAll(async () => {
      await server.payload.update({
        collection: 'articles',
        id: story.id,
        data: { headline: REVISED },
        draft: true,
        overrideAccess: true,
      })
    })
    afterAll(async () => {
      await publishChange(server.payload, story.id, { headline: SEED_HEADLINE })
    })

    test('readers keep getting the published text over REST and GraphQL', async () => {
      const ninjs = await server.http.get(byId('ninjs?draft=true'))
      expect(parse(ninjs).headlines[0].value).toBe(SEED_HEADLINE)
      const { data } = await graphql(
        server.http,
        `
          query ($id: Int!) {
            Article(id: $id, draft: true) {
              ninjs
            }
          }
        `,
        { id: story.id },
      )
      expect(data?.Article.ninjs.headlines[0].value).toBe(SEED_HEADLINE)
    })

    test('a preview shows the revision', async () => {
      const response = await server.http.get(byId('jsonld?draft=true')).set(PREVIEW)
      expect(parse(response).headline).toBe(REVISED)
    })
  })
})
