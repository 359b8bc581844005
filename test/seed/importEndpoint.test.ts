import { afterAll, beforeAll, expect, test } from 'vitest'
import sharp from 'sharp'

import { loadRegistryFile } from '../../src/domain/registry/loadRegistryFile'
import { REVIEW_QUEUE_PATH } from '../../src/importing/importEndpoint'
import { loadRegistryIntoDatabase } from '../../src/importing/loadRegistry'
import { SEED_REGISTRY_FILE } from '../../seed/seed'
import { authHeader, login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { PASSWORD, createStaff } from '../support/users'
import { wirePageText } from './wirePages'

const COUNCIL_PAGE = wirePageText({
  headline: 'Plovdiv Council Backs Budget',
  caption: 'Councillors vote in Plovdiv, 14 March 2012. BTA',
  paragraphs: [
    'The Plovdiv City Council approved the budget on Wednesday.',
    '"This budget does not raise taxes," council chair Stefan Mihaylov told reporters.',
    'One councillor described it as "a promise we hear every year".',
  ],
  tags: ['Plovdiv City Council', 'Stefan Mihaylov', 'Plovdiv', 'budget'],
})

const LAVROV_PAGE = wirePageText({
  headline: 'Lavrov Warns NATO over Shield',
  paragraphs: ['"We need guarantees," Lavrov said.'],
  tags: ['Sergey Lavrov', 'NATO'],
})

/** POST /api/articles/import against the real server, as the admin's form and API clients send it. */
describeWithDatabase('importing wire pages over REST (the admin import form)', () => {
  let server: TestServer
  let tokens: Record<'admin' | 'editor' | 'writer', string>

  const post = (query = '') => server.http.post(`/api/articles/import${query}`)
  const count = async (collection: 'articles' | 'people' | 'media') =>
    (await server.payload.count({ collection, overrideAccess: true })).totalDocs

  beforeAll(async () => {
    server = await startTestServer()
    await loadRegistryIntoDatabase(server.payload, await loadRegistryFile(SEED_REGISTRY_FILE))
    const staff = await createStaff(server.payload)
    tokens = {
      admin: await login(server.http, staff.admin.email, PASSWORD),
      editor: await login(server.http, staff.editor.email, PASSWORD),
      writer: await login(server.http, staff.writer.email, PASSWORD),
    }
  })
  afterAll(async () => server?.stop())

  test('a reader may not import, and nothing is written', async () => {
    const before = await count('articles')
    const response = await post().attach('file', Buffer.from(LAVROV_PAGE), 'lavrov.txt')
    expect(response.status).toBe(401)
    expect(response.body.errors[0].message).toBe('Log in to import wire pages.')
    expect(await count('articles')).toBe(before)
  })

  test('a writer imports several pages and a photo: drafts, the summary, the way to the review queue', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#aa8866' } })
      .png()
      .toBuffer()
    const response = await post()
      .set(authHeader(tokens.writer))
      .attach('file', Buffer.from(COUNCIL_PAGE), 'plovdiv-budget.txt')
      .attach('file', png, 'plovdiv-budget.png')
      .attach('file', Buffer.from(LAVROV_PAGE), 'lavrov.txt')
    expect(response.status, response.text).toBe(200)
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.body).toMatchObject({
      imported: 2,
      failed: 0,
      notes: { warning: 0, unattributedQuote: 1 },
      reviewQueue: REVIEW_QUEUE_PATH,
      files: [
        {
          file: 'plovdiv-budget.txt',
          isImported: true,
          article: { outcome: 'created', status: 'draft', slug: 'plovdiv-council-backs-budget' },
        },
        { file: 'lavrov.txt', isImported: true, article: { status: 'draft' } },
      ],
    })
    expect(response.body.files[0].notes).toContainEqual({
      kind: 'newEntity',
      message: 'new person "Stefan Mihaylov" (council chair, Plovdiv City Council)',
    })

    // Drafts: readers see neither story.
    for (const file of response.body.files) {
      await server.http.get(`/api/articles/${file.article.id}`).expect(404)
    }
    const queue = await server.http
      .get('/api/articles?where[needsReview][equals]=true&draft=true&depth=1')
      .set(authHeader(tokens.editor))
      .expect(200)
    const story = queue.body.docs.find(
      (doc: { slug: string }) => doc.slug === 'plovdiv-council-backs-budget',
    )
    expect(story).toMatchObject({
      needsReview: true,
      leadImage: { creditLine: 'BTA', mimeType: 'image/png' },
      quotes: [
        { speaker: { name: 'Stefan Mihaylov' } },
        { speaker: null, speakerDescription: 'One councillor' },
      ],
    })
    expect(story.importNotes.map((note: { kind: string }) => note.kind)).toContain(
      'unattributedQuote',
    )
  })

  test('publishing on import is for editors; a writer asking for it is refused before anything is written', async () => {
    const before = await count('articles')
    const page = wirePageText({
      headline: 'Published From the Admin',
      paragraphs: ['Text.'],
      tags: ['NATO'],
    })
    const refused = await post('?publish=true')
      .set(authHeader(tokens.writer))
      .attach('file', Buffer.from(page), 'published.txt')
    expect(refused.status).toBe(403)
    expect(await count('articles')).toBe(before)

    const published = await post('?publish=true')
      .set(authHeader(tokens.editor))
      .attach('file', Buffer.from(page), 'published.txt')
      .expect(200)
    await server.http.get(`/api/articles/${published.body.files[0].article.id}`).expect(200)
  })

  test.each<
    [
      label: string,
      send: (request: ReturnType<typeof post>) => ReturnType<typeof post>,
      message: RegExp,
    ]
  >([
    [
      'a page that cannot be read says file and line',
      (request) =>
        request.attach('file', Buffer.from('Only a headline\n\nNo meta line here\n'), 'broken.txt'),
      /^broken\.txt:3: expected the meta line/,
    ],
    [
      'no page at all',
      (request) => request.field('note', 'nothing'),
      /No wire page came with the request/,
    ],
    ['a JSON body', (request) => request.send({ file: 'page.txt' }), /multipart\/form-data/],
    [
      'an unknown time zone',
      (request) => request.attach('file', Buffer.from(LAVROV_PAGE), 'lavrov.txt'),
      /timeZone "Mars\/Olympus" is not an IANA time zone/,
    ],
  ])(
    'bad input answers 400 saying what is wrong, and writes nothing: %s',
    async (label, send, message) => {
      const before = {
        articles: await count('articles'),
        people: await count('people'),
        media: await count('media'),
      }
      const query = label.includes('time zone') ? '?timeZone=Mars/Olympus' : ''
      const response = await send(post(query).set(authHeader(tokens.admin)))
      expect(response.status).toBe(400)
      const text = response.body.errors?.[0]?.message ?? response.body.files?.[0]?.error
      expect(text).toMatch(message)
      expect({
        articles: await count('articles'),
        people: await count('people'),
        media: await count('media'),
      }).toEqual(before)
    },
  )
})
