import { stringify } from 'qs-esm'
import { afterAll, beforeAll, expect, test } from 'vitest'

import type { Article } from '../../src/payload-types'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { openNewsroom, storyAt } from '../workflow/newsroom'
import type { Newsroom } from '../workflow/newsroom'

/**
 * The requests the admin's list and edit views send from the browser, as @payloadcms/ui 3.90.2
 * builds them (elements/Table/RelationshipProvider, fields/Relationship/Input,
 * fields/Upload/Input, elements/WhereBuilder/Condition/Relationship, providers/DocumentInfo,
 * providers/Preferences, elements/Autosave, elements/SaveDraftButton, elements/Status) and our
 * own admin components (src/admin/EditorialLogView.tsx), with the session cookie the admin has.
 * None may be refused by a guard: the admin must keep working whatever the guards check.
 */
describeWithDatabase("the admin's own requests are never refused", () => {
  let server: TestServer
  let newsroom: Newsroom
  let story: Article
  let cookie: Record<string, string>

  beforeAll(async () => {
    server = await startTestServer()
    newsroom = await openNewsroom(server.payload, server.http)
    story = await storyAt(server.payload, newsroom, 'in_review', {
      data: {
        authors: [newsroom.registry.person],
        organizations: [newsroom.registry.organization],
      },
    })
    // The browser's session: the cookie Payload set at sign-in, sent from the admin's origin.
    cookie = {
      Cookie: `payload-token=${newsroom.tokens.editor}`,
      Origin: server.payload.config.serverURL,
    }
  })
  afterAll(async () => server?.stop())

  /** Payload's relationship and upload pickers: a POST read, its query in a form body. */
  const picker = (collection: string, query: Record<string, unknown>) =>
    server.http
      .post(`/api/${collection}`)
      .set(cookie)
      .set('X-Payload-HTTP-Method-Override', 'GET')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send(stringify(query))

  const registry = () => newsroom.registry

  test.each([
    [
      'the list view loads the titles of linked sections, 250 at a time',
      () => `/api/sections?depth=0&draft=true&limit=250&where[id][in]=${registry().section}`,
    ],
    [
      'the list view loads the bylines',
      () => `/api/people?depth=0&draft=true&limit=250&where[id][in]=${registry().person},999`,
    ],
    [
      'the list view loads lead images',
      () => `/api/media?depth=0&draft=true&limit=250&where[id][in]=${registry().image}`,
    ],
    [
      'the list view reads its column preferences',
      () => '/api/payload-preferences/collection-articles',
    ],
    [
      "the list filter's section options",
      () => `/api/sections?${stringify({ depth: 0, limit: 10, page: 1, select: { name: true } })}`,
    ],
    [
      "the list filter's section options as someone types",
      () =>
        `/api/sections?${stringify({ depth: 0, limit: 10, page: 1, select: { name: true }, where: { and: [{ name: { like: 'Wor' } }] } })}`,
    ],
    [
      'the edit view reads the document for its status',
      () => `/api/articles/${story.id}?locale=undefined&fallback-locale=null&depth=0`,
    ],
    [
      'the edit view asks whether the story is locked by someone',
      () =>
        `/api/payload-locked-documents?where[document.relationTo][equals]=articles&where[document.value][equals]=${story.id}`,
    ],
    [
      'the editorial log under the story',
      () =>
        `/api/editorial-log?where[article][equals]=${story.id}&sort=-createdAt&depth=0&limit=100`,
    ],
  ])('%s', async (_label, path) => {
    const response = await server.http.get(path()).set(cookie)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  })

  test('the list view now shows a section by its name, not "Untitled - ID"', async () => {
    const response = await server.http
      .get(`/api/sections?depth=0&draft=true&limit=250&where[id][in]=${registry().section}`)
      .set(cookie)
    expect(response.body.docs).toEqual([expect.objectContaining({ id: registry().section })])
    expect(response.body.docs[0].name).toMatch(/^World/)
  })

  test.each([
    [
      "the tags picker's first page, without what is chosen",
      'tags',
      () => ({
        depth: 0,
        draft: true,
        limit: 10,
        page: 1,
        select: { name: true },
        sort: 'name',
        where: { and: [{ id: { not_in: [registry().tag] } }] },
      }),
    ],
    [
      'the tags picker as someone types',
      'tags',
      () => ({
        depth: 0,
        draft: true,
        limit: 10,
        page: 1,
        select: { name: true },
        sort: 'name',
        where: { and: [{ id: { not_in: [registry().tag] } }, { name: { like: 'missile' } }] },
      }),
    ],
    [
      "the source agencies picker, with the field's filter options",
      'organizations',
      () => ({
        depth: 0,
        draft: true,
        limit: 10,
        page: 1,
        select: { name: true },
        sort: 'name',
        where: {
          and: [{ id: { not_in: [] } }, { kind: { in: ['news_agency', 'photo_agency'] } }],
        },
      }),
    ],
    [
      'the related articles picker, which never offers the story itself',
      'articles',
      () => ({
        depth: 0,
        draft: true,
        limit: 10,
        page: 1,
        select: { headline: true },
        sort: '-updatedAt',
        where: { and: [{ id: { not_in: [] } }, { id: { not_equals: story.id } }] },
      }),
    ],
    [
      'the picker loading what is chosen, by id',
      'people',
      () => ({
        depth: 0,
        draft: true,
        limit: 1,
        select: { name: true },
        where: { id: { in: [registry().person] } },
      }),
    ],
    [
      'the lead image field loading its image',
      'media',
      () => ({
        depth: 0,
        draft: true,
        limit: 1,
        where: { and: [{ id: { in: [registry().image] } }] },
      }),
    ],
  ])('%s', async (_label, collection, query) => {
    const response = await picker(collection, query())
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  })

  test('the edit view asks what the editor may do with the story, as draft and as published', async () => {
    for (const status of ['draft', 'published']) {
      const response = await server.http
        .post(`/api/articles/access/${story.id}`)
        .set(cookie)
        .send({ ...story, _status: status })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    }
  })

  test('the list view saves its column preferences', async () => {
    const response = await server.http
      .post('/api/payload-preferences/collection-articles')
      .set(cookie)
      .send({ value: { columns: [{ accessor: 'headline', active: true }] } })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  })

  test('autosave, then Save draft (multipart, as the form sends it)', async () => {
    const autosave = await server.http
      .patch(`/api/articles/${story.id}?autosave=true&depth=0&draft=true&fallback-locale=null`)
      .set(cookie)
      .send({ headline: `${story.headline} (autosaved)` })
    expect(autosave.status, JSON.stringify(autosave.body)).toBe(200)
    const saved = await server.http
      .patch(`/api/articles/${story.id}?locale=undefined&depth=0&fallback-locale=null&draft=true`)
      .set(cookie)
      .field('_payload', JSON.stringify({ headline: `${story.headline} (saved)` }))
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  })

  test('a reader may still not ask for 250 at a time', async () => {
    const response = await server.http.get(
      `/api/sections?depth=0&draft=true&limit=250&where[id][in]=${registry().section}`,
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/limit must be a whole number from 1 to 100/)
  })

  test('a made-up session cookie is no staff session', async () => {
    const response = await server.http
      .get(`/api/sections?depth=0&limit=250`)
      .set({ Cookie: 'payload-token=not-a-token', Origin: server.payload.config.serverURL })
    expect(response.status).toBe(400)
  })
})
