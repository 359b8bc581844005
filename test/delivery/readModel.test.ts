import fc from 'fast-check'
import type { Payload } from 'payload'
import type { Response as TestResponse } from 'supertest'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { LIST_FIELDS, storyLists } from '../../src/domain/publishing/storyLists'
import { richTextFromParagraphs } from '../../src/domain/richText'
import type { Article } from '../../src/payload-types'
import {
  ARTICLE_BY_SLUG_QUERY,
  ARTICLE_PAGE_QUERY,
} from '../../src/readCache/delivery/graphqlShapes'
import { deliveryRendererOf } from '../../src/readCache/delivery/renderer'
import { READ_COUNTS_PATH } from '../../src/readCache/frontDoor'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

/**
 * Headers that differ between any two answers (the clock, the connection) or say how the bytes
 * were framed (a GraphQL answer Payload computes is streamed in chunks; one sent whole, as the
 * read cache sends kept answers, has its length): not compared. Everything else, ETag included,
 * must be the same.
 */
const PER_RESPONSE = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
])

const headersOf = (response: TestResponse) =>
  Object.fromEntries(
    Object.entries(response.headers).filter(([name]) => !PER_RESPONSE.has(name.toLowerCase())),
  )

/**
 * A read as a front end sends it, and the same read with something Payload reads but treats as
 * its default (`trash=false`, an unused GraphQL variable), which the read model does not answer:
 * Payload's own answer to the same question.
 */
interface ReadPair {
  name: string
  model: (server: TestServer) => Promise<TestResponse>
  payload: (server: TestServer) => Promise<TestResponse>
}

const getPair = (name: string, path: string): ReadPair => ({
  name,
  model: (server) => server.http.get(path).set('Origin', 'http://localhost'),
  payload: (server) =>
    server.http
      .get(`${path}${path.includes('?') ? '&' : '?'}trash=false`)
      .set('Origin', 'http://localhost'),
})

const graphqlPair = (name: string, query: string, slug: string): ReadPair => ({
  name,
  model: (server) => server.http.post('/api/graphql').send({ query, variables: { slug } }),
  payload: (server) =>
    server.http.post('/api/graphql').send({ query, variables: { slug, unused: 1 } }),
})

const storyReads = (story: Article): ReadPair[] => [
  getPair('REST by slug, depth 1', `/api/articles?where[slug][equals]=${story.slug}&depth=1`),
  getPair('REST by slug, default depth', `/api/articles?where[slug][equals]=${story.slug}`),
  getPair(
    'REST by slug, depth 0, limit 1',
    `/api/articles?where[slug][equals]=${story.slug}&depth=0&limit=1`,
  ),
  getPair('REST by id', `/api/articles/${story.id}`),
  getPair('REST by id, depth 1', `/api/articles/${story.id}?depth=1`),
  getPair('ninjs by slug', `/api/articles/slug/${story.slug}/ninjs`),
  getPair('JSON-LD by id', `/api/articles/${story.id}/jsonld`),
  graphqlPair('GraphQL article by slug', ARTICLE_BY_SLUG_QUERY, story.slug ?? ''),
  graphqlPair('GraphQL article page (docs/graphql.md)', ARTICLE_PAGE_QUERY, story.slug ?? ''),
]

const listReads = (field: string, id: number | string): ReadPair[] => [
  getPair(
    `20 latest by ${field}`,
    `/api/articles?where[${field}][equals]=${id}&sort=-publishedAt&limit=20&depth=0`,
  ),
  getPair(
    `2 latest by ${field}`,
    `/api/articles?where[${field}][equals]=${id}&sort=-publishedAt&limit=2&depth=0`,
  ),
]

interface Registry {
  sections: number[]
  tags: number[]
  people: number[]
  organizations: number[]
}

const createRegistry = async (payload: Payload, run: number): Promise<Registry> => {
  const make = async (
    collection: 'organizations' | 'people' | 'sections' | 'tags',
    names: string[],
  ) => {
    const ids: number[] = []
    for (const name of names) {
      const doc = await payload.create({
        collection,
        data: { name: `${name} ${run}` } as never,
        overrideAccess: true,
      })
      ids.push(doc.id as number)
    }
    return ids
  }
  const organizations = await make('organizations', ['Ministry', 'Council', 'Agency'])
  // A sub-organisation and a person holding a position: shown two links away from a story.
  await payload.update({
    collection: 'organizations',
    id: organizations[1]!,
    data: { parent: organizations[0] } as never,
    overrideAccess: true,
  })
  const people = await make('people', ['Ana Müller', 'Олег "Oleg" Петров', "Zoë O'Brien"])
  await payload.update({
    collection: 'people',
    id: people[0]!,
    data: { positions: [{ title: 'Minister', organization: organizations[0] }] } as never,
    overrideAccess: true,
  })
  return {
    sections: await make('sections', ['Desk A', 'Desk B']),
    tags: await make('tags', ['budget', 'élection', 'storm <warning>']),
    people,
    organizations,
  }
}

/** One story of a generated corpus: which registry entries it shows, and how it stands. */
const storyPlan = fc.record({
  headline: fc.string({ minLength: 1, maxLength: 40 }).filter((text) => /\w/.test(text)),
  standfirst: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
  paragraphs: fc.array(
    fc.string({ minLength: 1, maxLength: 80 }).filter((text) => /\S/.test(text)),
    { minLength: 1, maxLength: 3 },
  ),
  section: fc.nat(1),
  // The workflow publishes a story with a body and at least one tag.
  tags: fc.subarray([0, 1, 2], { minLength: 1 }),
  people: fc.subarray([0, 1, 2]),
  organizations: fc.subarray([0, 1, 2]),
  quoteBy: fc.option(fc.nat(2), { nil: undefined }),
  relatedTo: fc.option(fc.nat(5), { nil: undefined }),
  corrections: fc.nat(2),
  isLive: fc.boolean(),
})

const corpusPlan = fc.array(storyPlan, { minLength: 2, maxLength: 5 })
type StoryPlan = typeof storyPlan extends fc.Arbitrary<infer T> ? T : never

describeWithDatabase('the delivery read model answers exactly as Payload does', () => {
  let server: TestServer
  let run = 0

  beforeAll(async () => {
    // The front door's counts say which reads the model answered.
    process.env.NEWSROOM_READ_COUNTS = '1'
    server = await startTestServer()
  }, 120_000)

  afterAll(async () => {
    await server?.stop()
  })

  const createCorpus = async (plans: Array<StoryPlan>) => {
    const { payload } = server
    run += 1
    const registry = await createRegistry(payload, run)
    const stories: Article[] = []
    for (const [index, plan] of plans.entries()) {
      const related =
        plan.relatedTo === undefined ? undefined : stories[plan.relatedTo % (stories.length || 1)]
      stories.push(
        await payload.create({
          collection: 'articles',
          data: {
            headline: `${plan.headline} ${run}-${index}`,
            standfirst: plan.standfirst,
            body: richTextFromParagraphs(plan.paragraphs) as Article['body'],
            section: registry.sections[plan.section],
            tags: plan.tags.map((at: number) => registry.tags[at]!),
            people: plan.people.map((at: number) => registry.people[at]!),
            organizations: plan.organizations.map((at: number) => registry.organizations[at]!),
            quotes:
              plan.quoteBy === undefined
                ? []
                : [
                    {
                      text: 'A quote',
                      speaker: registry.people[plan.quoteBy],
                      attribution: 'said',
                    },
                  ],
            relatedLinks: related
              ? [{ article: related.id }]
              : [{ title: 'Outside', url: 'https://example.com/x' }],
            _status: plan.isLive ? 'published' : 'draft',
          } as never,
          overrideAccess: true,
        }),
      )
      const story = stories[stories.length - 1]!
      if (plan.isLive && plan.corrections > 0) {
        // Corrections are appended once a story is out.
        stories[stories.length - 1] = await payload.update({
          collection: 'articles',
          id: story.id,
          data: {
            corrections: Array.from({ length: plan.corrections }, (_, at) => ({
              text: `Correction ${at + 1}`,
              date: new Date(Date.UTC(2026, 0, at + 1)).toISOString(),
            })),
            _status: 'published',
          } as never,
          overrideAccess: true,
        })
      }
    }
    return { registry, stories }
  }

  const modelAnswers = async (): Promise<number> =>
    (await server.http.get(READ_COUNTS_PATH)).body.model as number

  /** Compares each pair; returns how many of the reads the read model answered. */
  const expectSameAnswers = async (reads: ReadPair[]): Promise<number> => {
    let answered = 0
    for (const read of reads) {
      const fromPayload = await read.payload(server)
      const before = await modelAnswers()
      const fromModel = await read.model(server)
      answered += (await modelAnswers()) - before
      expect(fromModel.status, read.name).toBe(fromPayload.status)
      expect(fromModel.text, read.name).toBe(fromPayload.text)
      expect(Buffer.byteLength(fromModel.text), read.name).toBe(Buffer.byteLength(fromPayload.text))
      expect(headersOf(fromModel), read.name).toEqual(headersOf(fromPayload))
    }
    return answered
  }

  test('every read of a generated corpus: the same status, bytes and headers (so the same ETag)', async () => {
    const counts = { model: 0 }
    await fc.assert(
      fc.asyncProperty(corpusPlan, async (plans) => {
        const { registry, stories } = await createCorpus(plans)
        await deliveryRendererOf(server.payload).sweep()
        const answered = await expectSameAnswers(stories.flatMap(storyReads))
        const live = stories.filter((each) => each._status === 'published')
        // Each live story's nine reads were the model's.
        expect(answered).toBe(live.length * 9)
        // And some of each kind of list a live story is in (the model leaves lists with two
        // stories tied on both sort keys to Payload, so not necessarily all).
        const ids = { section: registry.sections, tags: registry.tags, people: registry.people }
        for (const field of LIST_FIELDS) {
          const listsAnswered = await expectSameAnswers(
            ids[field].flatMap((id) => listReads(field, id)),
          )
          const isListed = live.some((story) =>
            storyLists(story as never).some((list) => list.startsWith(`${field}:`)),
          )
          if (isListed) expect(listsAnswered, `lists by ${field}`).toBeGreaterThan(0)
        }
        // Every live story is in the model, so the reads above were the model's answers.
        for (const story of live) {
          const rendered = await deliveryRendererOf(server.payload).store.rendering(
            { id: story.id },
            'depthOne',
          )
          expect(rendered, `story ${story.id} in the read model`).not.toBeNull()
          counts.model += 1
        }
      }),
      { numRuns: 4 },
    )
    expect(counts.model).toBeGreaterThan(0)
  }, 600_000)
})
