import { afterAll, beforeAll, expect, test } from 'vitest'

import { inTransaction } from '../../src/database/transaction'
import { richTextFromParagraphs } from '../../src/domain/richText'
import type { Article } from '../../src/payload-types'
import { deliveryRendererOf } from '../../src/readCache/delivery/renderer'
import { authHeader, login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createUser } from '../support/users'

/** Enough stories that a rename's fan-out spans many render batches. */
const STORIES = 300

describeWithDatabase('renaming a person re-renders every story that shows them', () => {
  let server: TestServer
  let token: string
  let personId: number
  const stories: Article[] = []

  beforeAll(async () => {
    server = await startTestServer()
    const { payload } = server
    const editor = await createUser(payload, 'editor')
    token = await login(server.http, editor.email)
    const tag = await payload.create({ collection: 'tags', data: { name: 'fan-out' } as never })
    const section = await payload.create({ collection: 'sections', data: { name: 'Fan-out desk' } })
    const person = await payload.create({
      collection: 'people',
      data: { name: 'Ana Before' } as never,
      overrideAccess: true,
    })
    personId = person.id as number
    const bystander = await payload.create({
      collection: 'people',
      data: { name: 'Bo Bystander' } as never,
      overrideAccess: true,
    })
    // One transaction for all, as the importer writes: the test is about the rename, not these.
    await inTransaction(payload, {}, async (req) => {
      for (let index = 0; index < STORIES; index += 1) {
        stories.push(
          await payload.create({
            collection: 'articles',
            data: {
              headline: `Fan-out story ${index}`,
              body: richTextFromParagraphs([`Story ${index}.`]) as Article['body'],
              tags: [tag.id as number],
              section: section.id as number,
              // Every third story names her only as the speaker of a quote.
              people: index % 3 === 2 ? [bystander.id as number] : [personId],
              quotes:
                index % 3 === 2
                  ? [{ text: 'A quote.', speaker: personId, attribution: 'said' }]
                  : [],
              _status: 'published',
            } as never,
            overrideAccess: true,
            req,
          }),
        )
      }
    })
    await deliveryRendererOf(payload).sweep()
  }, 600_000)

  afterAll(async () => {
    await server?.stop()
  })

  const renderedNames = async (rendering: 'depthOne' | 'depthTwo') => {
    const { store } = deliveryRendererOf(server.payload)
    return Promise.all(
      stories.map(async (story) => {
        const text = await store.rendering({ id: story.id }, rendering)
        return text === null ? 'not rendered' : /Ana After/.test(text) ? 'After' : 'Before'
      }),
    )
  }

  test('no story shows the old name from the rename on, and the model renders all of them again', async () => {
    expect(new Set(await renderedNames('depthOne'))).toEqual(new Set(['Before']))
    const { store } = deliveryRendererOf(server.payload)
    // Renders may run as soon as the rename commits; until a story's has, its mark alone keeps
    // readers from the old name.
    const renaming = server.http
      .patch(`/api/people/${personId}`)
      .set(authHeader(token))
      .send({ name: 'Ana After' })
    await renaming.expect(200)
    for (const story of stories) {
      // Null while waiting to be rendered again (Payload answers), or rendered again already.
      const text = await store.rendering({ id: story.id }, 'depthTwo')
      if (text !== null) expect(text).toMatch(/Ana After/)
    }
    for (const story of stories.filter((_, index) => index % 10 === 0)) {
      const { body } = await server.http.get(
        `/api/articles?where[slug][equals]=${story.slug}&depth=2`,
      )
      expect(JSON.stringify(body.docs[0])).toMatch(/Ana After/)
      expect(JSON.stringify(body.docs[0])).not.toMatch(/Ana Before/)
    }
    await deliveryRendererOf(server.payload).sweep()
    expect(await store.hasStale()).toBe(false)
    expect(new Set(await renderedNames('depthTwo'))).toEqual(new Set(['After']))
  }, 600_000)
})
