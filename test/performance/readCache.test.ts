import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createLocalReq } from 'payload'
import supertest from 'supertest'
import type TestAgent from 'supertest/lib/agent.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { richTextFromParagraphs } from '../../src/domain/richText'
import type { Article, User } from '../../src/payload-types'
import type { NewsroomServer } from '../../src/server'
import { authHeader, login } from '../support/api'
import { startSecondInstance } from '../support/startProcess'
import type { SecondInstance } from '../support/startProcess'
import { createTestDatabase } from '../support/testDatabase'
import type { TestDatabase } from '../support/testDatabase'
import { describeWithDatabase } from '../support/testServer'
import { createUser } from '../support/users'
import { countQueries } from './queryCounter'
import { PRIVATE_COLLECTIONS, readContentVersion } from '../../src/readCache/contentVersion'

const STORY_QUERY = `query Story($slug: String!) {
  Articles(where: { slug: { equals: $slug } }, limit: 1) { docs { headline people { name } } }
}`

/** What a reader's front end reads of one story, and the headline and byline it found there. */
const READS: Array<[name: string, read: (http: TestAgent, story: Article) => Promise<string>]> = [
  [
    'REST by slug',
    async (http, story) => {
      const { body } = await http.get(`/api/articles?where[slug][equals]=${story.slug}&depth=1`)
      const doc = body.docs?.[0]
      return doc ? `${doc.headline} / ${doc.people.map((p: { name: string }) => p.name)}` : 'none'
    },
  ],
  [
    'REST by id',
    async (http, story) => {
      const response = await http.get(`/api/articles/${story.id}?depth=1`)
      if (response.status === 404) return 'none'
      return `${response.body.headline} / ${response.body.people.map((p: { name: string }) => p.name)}`
    },
  ],
  [
    'ninjs by slug',
    async (http, story) => {
      const response = await http.get(`/api/articles/slug/${story.slug}/ninjs`)
      if (response.status === 404) return 'none'
      const ninjs = JSON.parse(response.text)
      return `${ninjs.headlines[0].value} / ${ninjs.people.map((p: { name: string }) => p.name)}`
    },
  ],
  [
    'GraphQL by POST',
    async (http, story) => {
      const { body } = await http
        .post('/api/graphql')
        .send({ query: STORY_QUERY, variables: { slug: story.slug } })
      const doc = body.data?.Articles?.docs?.[0]
      return doc ? `${doc.headline} / ${doc.people.map((p: { name: string }) => p.name)}` : 'none'
    },
  ],
  [
    'GraphQL by GET',
    async (http, story) => {
      const variables = JSON.stringify({ slug: story.slug })
      const { body } = await http.get(
        `/api/graphql?query=${encodeURIComponent(STORY_QUERY)}&variables=${encodeURIComponent(variables)}`,
      )
      const doc = body.data?.Articles?.docs?.[0]
      return doc ? `${doc.headline} / ${doc.people.map((p: { name: string }) => p.name)}` : 'none'
    },
  ],
]

describeWithDatabase('the read cache never serves a story that has changed', () => {
  let database: TestDatabase
  let server: NewsroomServer
  let here: TestAgent
  let other: TestAgent
  let second: SecondInstance | undefined
  let token: string
  let editorEmail: string
  let editor: User
  let story: Article
  let personId: number | string
  let sectionId: number | string

  beforeAll(async () => {
    database = await createTestDatabase()
    // Two processes share the database, so SQLite needs a file rather than memory.
    const url =
      process.env.TEST_DATABASE === 'sqlite'
        ? `file:${path.join(mkdtempSync(path.join(tmpdir(), 'newsroom-cache-')), 'newsroom.db')}`
        : database.url
    process.env.DATABASE_URL = url
    const { createServer } = await import('../../src/server')
    server = await createServer()
    here = supertest(server.listener)
    const { payload } = server
    editor = await createUser(payload, 'editor')
    editorEmail = editor.email
    token = await login(here, editor.email)
    sectionId = (await payload.create({ collection: 'sections', data: { name: 'Cache desk' } })).id
    personId = (
      await payload.create({
        collection: 'people',
        data: { name: 'Ana Cached' } as never,
        overrideAccess: true,
      })
    ).id
    story = await payload.create({
      collection: 'articles',
      data: {
        headline: 'First headline',
        body: richTextFromParagraphs(['The story as first told.']) as Article['body'],
        section: sectionId as number,
        people: [personId as number],
        _status: 'published',
      },
      overrideAccess: true,
    })

    // A second instance of the CMS in its own process, sharing only the database.
    second = await startSecondInstance(url, `/api/articles/${story.id}`)
    const baseUrl = second.baseUrl
    other = supertest(baseUrl)
  }, 300_000)

  afterAll(async () => {
    await second?.stop()
    await server?.close()
    await database?.drop()
  })

  const INSTANCES = () =>
    [
      ['this instance', here],
      ['the other instance', other],
    ] as const

  /** Reads every path twice on both instances, so the second read of each is the cached one. */
  const everyReaderSees = async (expected: string) => {
    for (const [instance, http] of INSTANCES()) {
      for (const [name, read] of READS) {
        for (const attempt of ['first', 'second']) {
          expect(await read(http, story), `${name} on ${instance}, ${attempt} read`).toBe(expected)
        }
      }
    }
  }

  const edit = (http: TestAgent, data: Record<string, unknown>) =>
    http.patch(`/api/articles/${story.id}`).set(authHeader(token)).send(data)

  test('a second anonymous read (GET or GraphQL POST) is answered from the cache, with one read of the version', async (context) => {
    const counter = countQueries(server.payload)
    if (!counter) context.skip(`${server.payload.db.name} has no SQL driver to count statements at`)
    try {
      const path = `/api/articles/slug/${story.slug}/jsonld`
      expect((await here.get(path)).status).toBe(200)
      counter!.reset()
      const again = await here.get(path)
      expect(again.status).toBe(200)
      expect(again.text).toContain('First headline')
      expect(counter!.statements).toEqual([expect.stringMatching(/payload_kv/)])

      // A GraphQL query sent by POST, as most clients send it: its body is part of the key.
      const query = { query: STORY_QUERY, variables: { slug: story.slug } }
      const first = await here.post('/api/graphql').send(query)
      expect(first.body.data.Articles.docs[0].headline).toBe('First headline')
      counter!.reset()
      const kept = await here.post('/api/graphql').send(query)
      expect(kept.text).toBe(first.text)
      expect(counter!.statements).toEqual([expect.stringMatching(/payload_kv/)])
      counter!.reset()
      const other = await here
        .post('/api/graphql')
        .send({ ...query, variables: { slug: 'no-such-story' } })
      expect(other.body.data.Articles.docs).toEqual([])
      expect(counter!.statements.length).toBeGreaterThan(1)
    } finally {
      counter?.restore()
    }
  })

  test('an answer from the cache carries the same headers and bytes as the first, and 304s', async () => {
    // A path no earlier test read: the first read computes the answer, the second is kept.
    const path = `/api/articles/${story.id}?depth=2`
    const first = await here.get(path)
    const kept = await here.get(path)
    expect(first.status, first.text).toBe(200)
    const withoutDate = ({ date: _date, ...headers }: Record<string, string>) => headers
    expect(withoutDate(kept.headers)).toEqual(withoutDate(first.headers))
    expect(kept.headers['content-security-policy']).toBeTruthy()
    expect(kept.headers['cache-control']).toMatch(/^public/)
    expect(kept.text).toBe(first.text)
    const notModified = await here.get(path).set('if-none-match', String(kept.headers.etag))
    expect(notModified.status).toBe(304)
    expect(notModified.headers.etag).toBe(kept.headers.etag)
    expect(notModified.text).toBe('')
  })

  test('work readers cannot see keeps every cached answer: draft saves, sign-ins, the log', async () => {
    const { payload } = server
    await everyReaderSees('First headline / Ana Cached')
    const before = await readContentVersion(payload)

    // A draft of the published story, saved as the admin's autosave and Save draft send it.
    for (const query of ['draft=true&autosave=true', 'draft=true']) {
      const response = await here
        .patch(`/api/articles/${story.id}?${query}`)
        .set(authHeader(token))
        .send({ headline: 'A headline still in draft' })
      expect(response.status, response.text).toBe(200)
    }
    // A sign-in writes its user's session; the editorial log is written by workflow moves.
    await login(here, editorEmail)
    await payload.create({
      collection: 'editorial-log',
      data: {
        article: story.id,
        action: 'stage_change',
        toStage: 'published',
        note: 'Checking the cache',
      } as never,
      overrideAccess: true,
    })
    expect(await readContentVersion(payload)).toBe(before)
    await everyReaderSees('First headline / Ana Cached')

    // Publishing that draft is seen at once, on both instances.
    const response = await here
      .patch(`/api/articles/${story.id}?draft=true`)
      .set(authHeader(token))
      .send({ headline: 'First headline, published again', _status: 'published' })
    expect(response.status, response.text).toBe(200)
    expect(await readContentVersion(payload)).not.toBe(before)
    await everyReaderSees('First headline, published again / Ana Cached')
    const restored = await edit(here, { headline: 'First headline', _status: 'published' })
    expect(restored.status, restored.text).toBe(200)
  })

  test('a refused draft save does not excuse a publish after it in the same request', async () => {
    await everyReaderSees('First headline / Ana Cached')
    // Two mutations in one GraphQL request: a draft save the workflow refuses (unpublishing is
    // never a draft save), then a publish of the same story, which readers must see at once.
    const query = `mutation {
      refused: updateArticle(id: ${story.id}, draft: true, data: { workflowStage: unpublished }) { id }
      published: updateArticle(id: ${story.id}, data: { headline: "Published after a refusal", _status: published }) { id }
    }`
    const response = await here.post('/api/graphql').set(authHeader(token)).send({ query })
    expect(response.body.errors?.[0]?.message, response.text).toMatch(/not a draft save/)
    expect(response.body.data?.published?.id, response.text).toBe(story.id)
    await everyReaderSees('Published after a refusal / Ana Cached')

    // The same through the Local API, where one request object carries both writes.
    const { payload } = server
    const req = await createLocalReq({ user: editor }, payload)
    await expect(
      payload.update({
        collection: 'articles',
        id: story.id,
        draft: true,
        data: { workflowStage: 'unpublished' },
        req,
      }),
    ).rejects.toThrow(/not a draft save/)
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { headline: 'Published again after a refusal', _status: 'published' },
      req,
    })
    await everyReaderSees('Published again after a refusal / Ana Cached')
    const restored = await edit(here, { headline: 'First headline', _status: 'published' })
    expect(restored.status, restored.text).toBe(200)
  })

  test.each([...PRIVATE_COLLECTIONS])(
    'anonymous readers get nothing from %s, whose writes keep the cache',
    async (slug) => {
      const response = await here.get(`/api/${slug}?depth=0`)
      expect([401, 403], response.text).toContain(response.status)
    },
  )

  test('readers on both instances see each change as soon as it is saved, on either', async () => {
    await everyReaderSees('First headline / Ana Cached')

    // An update published on this instance.
    let response = await edit(here, { headline: 'Second headline', _status: 'published' })
    expect(response.status, response.text).toBe(200)
    await everyReaderSees('Second headline / Ana Cached')

    // A linked person renamed on the other instance changes the story that shows them.
    response = await other
      .patch(`/api/people/${personId}`)
      .set(authHeader(token))
      .send({ name: 'Ana Renamed' })
    expect(response.status, response.text).toBe(200)
    await everyReaderSees('Second headline / Ana Renamed')

    // Unpublished on the other instance: gone for readers everywhere.
    response = await edit(other, { workflowStage: 'unpublished' })
    expect(response.status, response.text).toBe(200)
    await everyReaderSees('none')

    // Published again on this instance, then deleted there.
    response = await edit(here, { headline: 'Third headline', _status: 'published' })
    expect(response.status, response.text).toBe(200)
    await everyReaderSees('Third headline / Ana Renamed')
    response = await here.delete(`/api/articles/${story.id}`).set(authHeader(token))
    expect(response.status, response.text).toBe(200)
    await everyReaderSees('none')
  })

  describe('signed-in and draft reads', () => {
    test('are never answered with what an anonymous reader was given', async () => {
      const { payload } = server
      const draft = await payload.create({
        collection: 'articles',
        data: { headline: 'A draft in the cache desk', section: sectionId as number },
        overrideAccess: true,
      })
      const list = `/api/articles?where[section][equals]=${sectionId}&depth=0`
      for (const [instance, http] of INSTANCES()) {
        const anonymous = await http.get(list)
        const anonymousAgain = await http.get(list)
        const headlines = (body: { docs: Article[] }) => body.docs.map((doc) => doc.headline)
        expect(headlines(anonymousAgain.body), instance).toEqual(headlines(anonymous.body))
        expect(headlines(anonymous.body), instance).not.toContain(draft.headline)
        const staff = await http.get(list).set(authHeader(token))
        expect(headlines(staff.body), instance).toContain(draft.headline)
      }
    })
  })
})
