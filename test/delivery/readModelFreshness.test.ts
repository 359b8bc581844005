import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import supertest from 'supertest'
import type TestAgent from 'supertest/lib/agent.js'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { richTextFromParagraphs } from '../../src/domain/richText'
import type { Article } from '../../src/payload-types'
import { ARTICLE_BY_SLUG_QUERY } from '../../src/readCache/delivery/graphqlShapes'
import { deliveryRendererOf } from '../../src/readCache/delivery/renderer'
import { READ_COUNTS_PATH } from '../../src/readCache/frontDoor'
import type { NewsroomServer } from '../../src/server'
import { authHeader, login } from '../support/api'
import { startSecondInstance } from '../support/startProcess'
import type { SecondInstance } from '../support/startProcess'
import { createTestDatabase } from '../support/testDatabase'
import type { TestDatabase } from '../support/testDatabase'
import { describeWithDatabase } from '../support/testServer'
import { createUser } from '../support/users'

/**
 * Every read carries a parameter no other read carried (Payload ignores it), so the read cache
 * never answers: these reads see what the model or Payload answers.
 */
type Read = (http: TestAgent, story: Article, fresh: string) => Promise<string>

/** What a reader is shown of one story through each kept rendering: headline, people, last correction. */
const READS: Array<[string, Read]> = [
  [
    'REST by slug, depth 1',
    async (http, story, fresh) => {
      const { body } = await http.get(
        `/api/articles?where[slug][equals]=${story.slug}&depth=1&${fresh}`,
      )
      const doc = body.docs?.[0]
      if (!doc) return 'none'
      const correction = doc.corrections?.at(-1)?.text ?? '-'
      return `${doc.headline} / ${doc.people.map((p: { name: string }) => p.name)} / ${correction}`
    },
  ],
  [
    'REST by id',
    async (http, story, fresh) => {
      const response = await http.get(`/api/articles/${story.id}?${fresh}`)
      if (response.status === 404) return 'none'
      const doc = response.body
      const correction = doc.corrections?.at(-1)?.text ?? '-'
      return `${doc.headline} / ${doc.people.map((p: { name: string }) => p.name)} / ${correction}`
    },
  ],
  [
    'GraphQL article by slug',
    async (http, story, fresh) => {
      const { body } = await http
        .post(`/api/graphql?${fresh}`)
        .send({ query: ARTICLE_BY_SLUG_QUERY, variables: { slug: story.slug } })
      const doc = body.data?.Articles?.docs?.[0]
      if (!doc) return 'none'
      return `${doc.headline} / ${doc.people.map((p: { name: string }) => p.name)}`
    },
  ],
  [
    'ninjs by slug',
    async (http, story, fresh) => {
      const response = await http.get(`/api/articles/slug/${story.slug}/ninjs?${fresh}`)
      if (response.status === 404) return 'none'
      const ninjs = JSON.parse(response.text)
      return `${ninjs.headlines[0].value} / ${ninjs.people.map((p: { name: string }) => p.name)}`
    },
  ],
]

describeWithDatabase('a read right after a change shows the change, on both instances', () => {
  let database: TestDatabase
  let server: NewsroomServer
  let here: TestAgent
  let other: TestAgent
  let second: SecondInstance | undefined
  let token: string
  let story: Article
  let personId: number
  let reads = 0

  beforeAll(async () => {
    database = await createTestDatabase()
    // Two processes share the database, so SQLite needs a file rather than memory.
    const url =
      process.env.TEST_DATABASE === 'sqlite'
        ? `file:${path.join(mkdtempSync(path.join(tmpdir(), 'newsroom-model-')), 'newsroom.db')}`
        : database.url
    process.env.DATABASE_URL = url
    process.env.NEWSROOM_READ_COUNTS = '1'
    const { createServer } = await import('../../src/server')
    server = await createServer()
    here = supertest(server.listener)
    const { payload } = server
    const editor = await createUser(payload, 'editor')
    token = await login(here, editor.email)
    const sectionId = (
      await payload.create({ collection: 'sections', data: { name: 'Model desk' } })
    ).id as number
    const tagId = (await payload.create({ collection: 'tags', data: { name: 'model' } as never }))
      .id as number
    personId = (
      await payload.create({
        collection: 'people',
        data: { name: 'Ana Before' } as never,
        overrideAccess: true,
      })
    ).id as number
    story = await payload.create({
      collection: 'articles',
      data: {
        headline: 'First headline',
        body: richTextFromParagraphs(['The story as first told.']) as Article['body'],
        section: sectionId,
        tags: [tagId],
        people: [personId],
        _status: 'published',
      },
      overrideAccess: true,
    })
    await deliveryRendererOf(payload).sweep()

    // A second instance of the CMS in its own process, sharing only the database.
    second = await startSecondInstance(url, `/api/articles/${story.id}`, {
      NEWSROOM_READ_COUNTS: '1',
    })
    const baseUrl = second.baseUrl
    other = supertest(baseUrl)
  }, 300_000)

  afterAll(async () => {
    await second?.stop()
    await server?.close()
    await database?.drop()
  })

  const instances = () =>
    [
      ['the instance that saved', here],
      ['the other instance', other],
    ] as const

  const modelAnswers = async (http: TestAgent): Promise<number> =>
    (await http.get(READ_COUNTS_PATH)).body.model as number

  /**
   * Every read on both instances shows `expected`. A path that takes no new text (GraphQL and
   * ninjs carry no corrections) compares what it shows.
   */
  const everyReaderSees = async (expected: string, when: string) => {
    const [headline, people, correction] = expected.split(' / ')
    for (const [instance, http] of instances()) {
      for (const [name, read] of READS) {
        const seen = await read(http, story, `fresh=${(reads += 1)}`)
        const wanted =
          expected === 'none'
            ? 'none'
            : name.startsWith('REST')
              ? `${headline} / ${people} / ${correction}`
              : `${headline} / ${people}`
        expect(seen, `${name} on ${instance}, ${when}`).toBe(wanted)
      }
    }
  }

  /** Right after the save, then once the model has rendered the change (and answers it). */
  const afterEachChange = async (expected: string) => {
    await everyReaderSees(expected, 'right after the save')
    await deliveryRendererOf(server.payload).sweep()
    const before = await Promise.all([modelAnswers(here), modelAnswers(other)])
    await everyReaderSees(expected, 'once the model rendered it')
    const after = await Promise.all([modelAnswers(here), modelAnswers(other)])
    if (expected !== 'none') {
      // Both instances answered from the model, not only from Payload.
      expect(after[0] - before[0]).toBeGreaterThan(0)
      expect(after[1] - before[1]).toBeGreaterThan(0)
    }
  }

  const edit = (data: Record<string, unknown>) =>
    here.patch(`/api/articles/${story.id}`).set(authHeader(token)).send(data).expect(200)

  test('publish, correction, a linked person renamed, unpublish: each read shows the new text', async () => {
    await afterEachChange('First headline / Ana Before / -')

    await edit({ headline: 'Second headline', _status: 'published' })
    await afterEachChange('Second headline / Ana Before / -')

    await edit({
      corrections: [{ text: 'An earlier version misnamed the minister.' }],
      _status: 'published',
    })
    await afterEachChange(
      'Second headline / Ana Before / An earlier version misnamed the minister.',
    )

    await here
      .patch(`/api/people/${personId}`)
      .set(authHeader(token))
      .send({ name: 'Ana After' })
      .expect(200)
    await afterEachChange('Second headline / Ana After / An earlier version misnamed the minister.')

    await edit({ _status: 'draft' })
    await afterEachChange('none')

    await edit({ _status: 'published' })
    await afterEachChange('Second headline / Ana After / An earlier version misnamed the minister.')
  }, 300_000)
})
