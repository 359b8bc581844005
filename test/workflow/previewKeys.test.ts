import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Article } from '../../src/payload-types'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { latest, openNewsroom, storyAt } from './newsroom'
import type { Newsroom } from './newsroom'

const KEY = 'preview-0123456789abcdef0123456789abcdef'
const PREVIEW = { Authorization: `preview-keys API-Key ${KEY}` }

describeWithDatabase('a preview key reads drafts and changes nothing', () => {
  let server: TestServer
  let newsroom: Newsroom
  let draft: Article
  let previewKeyId: number

  beforeAll(async () => {
    server = await startTestServer()
    newsroom = await openNewsroom(server.payload, server.http)
    draft = await storyAt(server.payload, newsroom, 'in_review', {
      data: { headline: 'Embargoed: summit communique' },
    })
    const key = await server.payload.create({
      collection: 'preview-keys',
      data: { name: 'Website preview', enableAPIKey: true, apiKey: KEY },
    })
    previewKeyId = key.id
  })
  afterAll(async () => server?.stop())

  test('it reads an unpublished draft through REST', async () => {
    const response = await server.http.get(`/api/articles/${draft.id}?draft=true`).set(PREVIEW)
    expect(response.status).toBe(200)
    expect(response.body.headline).toBe('Embargoed: summit communique')
  })

  test('it reads an unpublished draft through GraphQL', async () => {
    const response = await server.http
      .post('/api/graphql')
      .set(PREVIEW)
      .send({ query: `{ Article(id: ${draft.id}, draft: true) { headline workflowStage } }` })
    expect(response.body.data.Article).toEqual({
      headline: 'Embargoed: summit communique',
      workflowStage: 'in_review',
    })
  })

  test('a wrong key is just an anonymous reader', async () => {
    const response = await server.http
      .get(`/api/articles/${draft.id}?draft=true`)
      .set({ Authorization: 'preview-keys API-Key not-a-key' })
    expect([401, 403, 404]).toContain(response.status)
  })

  const REST_WRITES: Array<
    [
      label: string,
      method: 'post' | 'patch' | 'delete' | 'get',
      path: () => string,
      body?: () => object,
    ]
  > = [
    [
      'create an article',
      'post',
      () => '/api/articles',
      () => ({ headline: 'From the preview key' }),
    ],
    [
      'edit an article',
      'patch',
      () => `/api/articles/${draft.id}?draft=true`,
      () => ({ headline: 'Changed' }),
    ],
    [
      'publish an article',
      'patch',
      () => `/api/articles/${draft.id}`,
      () => ({ _status: 'published' }),
    ],
    ['delete an article', 'delete', () => `/api/articles/${draft.id}`],
    ['create a tag', 'post', () => '/api/tags', () => ({ name: 'preview tag' })],
    [
      'edit a person',
      'patch',
      () => `/api/people/${newsroom.registry.person}`,
      () => ({ name: 'Changed' }),
    ],
    [
      'edit media',
      'patch',
      () => `/api/media/${newsroom.registry.image}`,
      () => ({ alt: 'Changed' }),
    ],
    [
      'edit the user whose id it shares',
      'patch',
      () => `/api/users/${previewKeyId}`,
      () => ({ name: 'Changed', role: 'admin' }),
    ],
    [
      'create a user',
      'post',
      () => '/api/users',
      () => ({ email: 'x@newsroom.test', password: 'a long password', name: 'X', role: 'admin' }),
    ],
    [
      'edit itself',
      'patch',
      () => `/api/preview-keys/${previewKeyId}`,
      () => ({ name: 'Changed' }),
    ],
    ['create another key', 'post', () => '/api/preview-keys', () => ({ name: 'Another' })],
    [
      'lock an article against its editor',
      'post',
      () => '/api/payload-locked-documents',
      () => ({
        document: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'preview-keys', value: previewKeyId },
      }),
    ],
    [
      'write the editorial log',
      'post',
      () => '/api/editorial-log',
      () => ({ article: draft.id, action: 'stage_change', toStage: 'published' }),
    ],
    ['run the job queue', 'get', () => '/api/payload-jobs/run'],
  ]

  test.each(REST_WRITES)('it cannot %s through REST', async (_label, method, path, body) => {
    const before = await latest(server.payload, draft.id)
    const response = await server.http[method](path())
      .set(PREVIEW)
      .send(body?.() ?? {})
    expect([401, 403]).toContain(response.status)
    expect(await latest(server.payload, draft.id)).toEqual(before)
  })

  test.each([
    ['create an article', 'mutation { createArticle(data: { headline: "x" }) { id } }'],
    [
      'edit an article',
      'mutation { updateArticle(id: DRAFT, data: { headline: "x" }, draft: true) { id } }',
    ],
    ['restore a version', 'mutation { restoreVersionArticle(id: 1) { id } }'],
    [
      'lock a document',
      'mutation { createPayloadLockedDocument(data: { globalSlug: "x", user: { relationTo: preview_keys, value: 1 } }) { id } }',
    ],
    ['edit a user', 'mutation { updateUser(id: 1, data: { name: "x" }) { id } }'],
  ])('it cannot %s through GraphQL', async (_label, mutation) => {
    const response = await server.http
      .post('/api/graphql')
      .set(PREVIEW)
      .send({ query: mutation.replace('DRAFT', String(draft.id)) })
    expect(response.body.errors?.length ?? 0).toBeGreaterThan(0)
    const { totalDocs } = await server.payload.count({ collection: 'payload-locked-documents' })
    expect(totalDocs).toBe(0)
  })

  test('it reads no accounts, versions, log or keys', async () => {
    for (const path of [
      '/api/users',
      '/api/articles/versions',
      '/api/editorial-log',
      '/api/preview-keys',
    ]) {
      const response = await server.http.get(path).set(PREVIEW)
      if (response.status === 200) expect(response.body.docs).toEqual([])
      else expect(response.status).toBe(403)
    }
  })

  describe('with the Local API and access enforced', () => {
    test('it reads drafts and writes nothing', async () => {
      const user = {
        ...(await server.payload.findByID({ collection: 'preview-keys', id: previewKeyId })),
        collection: 'preview-keys',
      }
      const read = await server.payload.findByID({
        collection: 'articles',
        id: draft.id,
        draft: true,
        overrideAccess: false,
        user,
      })
      expect(read.headline).toBe('Embargoed: summit communique')
      await expect(
        server.payload.update({
          collection: 'articles',
          id: draft.id,
          data: { headline: 'x' },
          draft: true,
          overrideAccess: false,
          user,
        }),
      ).rejects.toMatchObject({ status: 403 })
    })
  })
})
