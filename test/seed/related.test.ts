import { afterAll, beforeAll, expect, test } from 'vitest'

import { loadRegistryFile } from '../../src/domain/registry/loadRegistryFile'
import { importWireFiles } from '../../src/importing/importWireFiles'
import { SEED_REGISTRY_FILE, runSeed } from '../../seed/seed'
import { authHeader, graphql, login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createStaff } from '../support/users'
import { wireFolder, wirePageText } from './wirePages'

const CAPTION = 'Ministers arrive for talks in Brussels, 09 December 2011. EPA/BGNES'

describeWithDatabase('computed related-article suggestions', () => {
  let server: TestServer
  let token: string
  const ids: Record<string, number> = {}

  beforeAll(async () => {
    server = await startTestServer()
    await createStaff(server.payload)
    token = await login(server.http, 'editor@newsroom.test')
    await runSeed(server.payload)
    const wire = wireFolder()
    const page = (name: string, headline: string, printedDate: string, tags: string[]) =>
      wire.write(
        name,
        wirePageText({
          headline,
          printedDate,
          caption: CAPTION,
          paragraphs: ['Talks went on.'],
          tags,
        }),
      )
    const registry = await loadRegistryFile(SEED_REGISTRY_FILE)
    await importWireFiles(
      server.payload,
      [
        page('lavrov.txt', 'Lavrov Says NATO Must Listen', 'December 9, 2011, Friday // 10:15', [
          'Sergey Lavrov',
          'NATO',
        ]),
        page('russia.txt', 'Russia Counts the Cost', 'December 10, 2011, Saturday // 09:00', [
          'Russia',
        ]),
        page('unrelated.txt', 'Sofia Opens a New Metro Line', 'December 9, 2011, Friday // 12:00', [
          'Bulgaria',
        ]),
      ],
      { registry, isPublishing: true },
    )
    await importWireFiles(
      server.payload,
      [
        page(
          'draft.txt',
          'Draft: Lavrov and Clinton Clash Again',
          'December 9, 2011, Friday // 18:00',
          ['Sergey Lavrov', 'Hillary Clinton', 'NATO', 'missile shield'],
        ),
      ],
      { registry },
    )
    const { docs } = await server.payload.find({
      collection: 'articles',
      depth: 0,
      limit: 10,
      overrideAccess: true,
    })
    for (const doc of docs) ids[doc.slug!] = doc.id
  })
  afterAll(async () => server?.stop())

  const SEED = 'nato-russia-still-at-odds-over-missile-shield-in-europe'

  test('a reader gets published stories ranked by what they share, with the reasons', async () => {
    const response = await server.http.get(`/api/articles/${ids[SEED]}/related`).expect(200)
    expect(response.body.docs.map((doc: any) => doc.article.slug)).toEqual([
      'lavrov-says-nato-must-listen',
      'russia-counts-the-cost',
    ])
    const [first, second] = response.body.docs
    expect(first.reasons).toEqual([
      { kind: 'person', id: expect.anything(), name: 'Sergey Lavrov' },
      { kind: 'organization', id: expect.anything(), name: 'NATO' },
    ])
    expect(second.reasons).toEqual([{ kind: 'tag', id: expect.anything(), name: 'Russia' }])
    expect(first.score).toBeGreaterThan(second.score)
  })

  test('a reader never gets an unpublished story, as a suggestion or as the subject', async () => {
    const response = await server.http
      .get(`/api/articles/${ids[SEED]}/related?limit=10`)
      .expect(200)
    expect(response.body.docs.map((doc: any) => doc.article.slug)).not.toContain(
      'draft-lavrov-and-clinton-clash-again',
    )
    await server.http
      .get(`/api/articles/${ids['draft-lavrov-and-clinton-clash-again']}/related`)
      .expect(404)
  })

  test('staff see drafts among the suggestions, ranked first when they share the most', async () => {
    const response = await server.http
      .get(`/api/articles/${ids[SEED]}/related`)
      .set(authHeader(token))
      .expect(200)
    expect(response.body.docs[0].article).toMatchObject({
      slug: 'draft-lavrov-and-clinton-clash-again',
      _status: 'draft',
    })
  })

  test('a bad limit is refused and an unknown article is not found', async () => {
    await server.http.get(`/api/articles/${ids[SEED]}/related?limit=zero`).expect(400)
    await server.http.get('/api/articles/999999/related').expect(404)
  })

  test('GraphQL offers the same suggestions, with full articles, to an anonymous reader', async () => {
    const result = await graphql(
      server.http,
      `
        query ($id: Int!) {
          RelatedArticles(id: $id, limit: 10) {
            score
            reasons {
              kind
              name
            }
            article {
              headline
              people {
                name
              }
            }
          }
        }
      `,
      { id: ids[SEED] },
    )
    expect(result.errors).toBeUndefined()
    expect(result.data?.RelatedArticles).toEqual([
      {
        score: expect.any(Number),
        reasons: [
          { kind: 'person', name: 'Sergey Lavrov' },
          { kind: 'organization', name: 'NATO' },
        ],
        article: { headline: 'Lavrov Says NATO Must Listen', people: [{ name: 'Sergey Lavrov' }] },
      },
      {
        score: expect.any(Number),
        reasons: [{ kind: 'tag', name: 'Russia' }],
        article: { headline: 'Russia Counts the Cost', people: [] },
      },
    ])
  })
})
