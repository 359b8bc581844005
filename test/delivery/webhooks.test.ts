import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingHttpHeaders, Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { verifyWebhook } from '../../docs/examples/verifyWebhook'
import { inTransaction } from '../../src/database/transaction'
import { WEBHOOK_QUEUE } from '../../src/webhooks/slugs'
import { authHeader } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { openNewsroom, storyAt } from '../workflow/newsroom'
import type { Newsroom } from '../workflow/newsroom'
import { guideFileBlock } from './guideExamples'

interface Received {
  path: string
  headers: IncomingHttpHeaders
  body: string
}

/** A real receiver on this machine: records every delivery, answers as each path is told to. */
const startReceiver = async () => {
  const received: Received[] = []
  /** Statuses to answer on a path, one per delivery; 200 once they run out. */
  const scripted = new Map<string, number[]>()
  const server: Server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      const path = req.url ?? '/'
      received.push({ path, headers: req.headers, body })
      res.statusCode = scripted.get(path)?.shift() ?? 200
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    received,
    scripted,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const SECRET = 'receiver-secret-0123456789-abcdefghij'

describeWithDatabase('webhooks', () => {
  let server: TestServer
  let newsroom: Newsroom
  let receiver: Awaited<ReturnType<typeof startReceiver>>

  const runJobs = () => server.payload.jobs.run({ queue: WEBHOOK_QUEUE })

  /** Registers an endpoint through the REST API, as an admin would. */
  const register = async (path: string, events: string[], secret = SECRET) => {
    const response = await server.http
      .post('/api/webhook-endpoints')
      .set(authHeader(newsroom.tokens.admin))
      .send({ name: `Receiver ${path}`, url: receiver.url(path), secret, events })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    return response.body.doc as { id: number | string; secret: string }
  }

  const deliveriesTo = (path: string) => receiver.received.filter((item) => item.path === path)
  const eventsTo = (path: string) =>
    deliveriesTo(path).map((item) => JSON.parse(item.body).event as string)

  const log = async (query = '') => {
    const response = await server.http
      .get(`/api/webhook-deliveries?sort=createdAt&limit=100&depth=0${query}`)
      .set(authHeader(newsroom.tokens.editor))
    expect(response.status).toBe(200)
    return response.body.docs as Array<Record<string, unknown>>
  }

  const publish = (data: Record<string, unknown> = {}) =>
    storyAt(server.payload, newsroom, 'published', { data })

  beforeAll(async () => {
    server = await startTestServer()
    newsroom = await openNewsroom(server.payload, server.http)
    receiver = await startReceiver()
  })
  afterAll(async () => {
    await receiver?.close()
    await server?.stop()
  })
  beforeEach(async () => {
    // Each test starts with no endpoint and no delivery waiting.
    await runJobs()
    await server.payload.delete({
      collection: 'webhook-endpoints',
      where: { id: { exists: true } },
    })
  })

  test('a delivery is signed so the snippet in docs/webhooks.md verifies it', async () => {
    await register('/signed', ['published'])
    const story = await publish({ headline: 'Ministers meet in Brussels' })
    expect(deliveriesTo('/signed')).toEqual([])
    await runJobs()

    const [delivery] = deliveriesTo('/signed')
    expect(delivery).toBeDefined()
    const signature = delivery!.headers['newsroom-signature'] as string
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    expect(verifyWebhook(SECRET, signature, delivery!.body)).toBe(true)
    expect(verifyWebhook(SECRET, signature, delivery!.body.replace('Ministers', 'Minsters'))).toBe(
      false,
    )
    expect(verifyWebhook('another-secret-0123456789-abcdefgh', signature, delivery!.body)).toBe(
      false,
    )
    expect(delivery!.headers['newsroom-event']).toBe('published')
    const body = JSON.parse(delivery!.body)
    expect(body).toMatchObject({
      event: 'published',
      id: delivery!.headers['newsroom-delivery'],
      story: { id: story.id, slug: story.slug, headline: 'Ministers meet in Brussels' },
    })

    const [entry] = await log(`&where[delivery][equals]=${body.id}`)
    expect(entry).toMatchObject({ outcome: 'delivered', httpStatus: 200, attempt: 1 })
    expect(entry!.responseTimeMs).toEqual(expect.any(Number))
  })

  test('the verification snippet in docs/webhooks.md is the one these tests run', () => {
    const docs = readFileSync(new URL('../../docs/webhooks.md', import.meta.url), 'utf8')
    const block = guideFileBlock(docs, 'docs/examples/verifyWebhook.ts')
    expect(block, 'docs/webhooks.md shows docs/examples/verifyWebhook.ts').toBeDefined()
    expect(readFileSync('docs/examples/verifyWebhook.ts', 'utf8')).toContain(block)
  })

  test('a failing receiver is tried again after a backoff, and each attempt is logged', async () => {
    receiver.scripted.set('/flaky', [500, 503])
    await register('/flaky', ['published'])
    await publish()
    await runJobs()
    expect(deliveriesTo('/flaky')).toHaveLength(1)
    // The retry waits for its backoff (2 s, then 4 s): running the queue at once sends nothing.
    await runJobs()
    expect(deliveriesTo('/flaky')).toHaveLength(1)

    await new Promise((resolve) => setTimeout(resolve, 2_200))
    await runJobs()
    expect(deliveriesTo('/flaky')).toHaveLength(2)
    await new Promise((resolve) => setTimeout(resolve, 4_200))
    await runJobs()
    expect(deliveriesTo('/flaky')).toHaveLength(3)

    const ids = new Set(deliveriesTo('/flaky').map((item) => JSON.parse(item.body).id))
    expect(ids.size).toBe(1)
    const entries = await log(`&where[delivery][equals]=${[...ids][0]}`)
    expect(entries.map((entry) => [entry.attempt, entry.outcome, entry.httpStatus])).toEqual([
      [1, 'failed', 500],
      [2, 'failed', 503],
      [3, 'delivered', 200],
    ])
  }, 30_000)

  test('a rolled-back save sends nothing', async () => {
    await register('/rollback', ['published', 'updated', 'unpublished'])
    const story = await storyAt(server.payload, newsroom, 'approved')
    await expect(
      inTransaction(server.payload, {}, async (req) => {
        await server.payload.update({
          collection: 'articles',
          id: story.id,
          data: { _status: 'published', workflowStage: 'published' },
          req,
        })
        throw new Error('the save fails after the story was published')
      }),
    ).rejects.toThrow('the save fails')
    await runJobs()
    expect(deliveriesTo('/rollback')).toEqual([])
    const { totalDocs } = await server.payload.count({
      collection: 'payload-jobs',
      where: { queue: { equals: WEBHOOK_QUEUE } },
    })
    expect(totalDocs).toBe(0)
  })

  test("an endpoint subscribed only to published never receives an unpublished story's text", async () => {
    await register('/published-only', ['published'])
    await register('/everything', ['published', 'updated', 'corrected', 'unpublished', 'deleted'])
    // Published, then taken down before the job runner got to the delivery.
    const story = await publish({ headline: 'TAKENDOWN before delivery' })
    await server.payload.update({
      collection: 'articles',
      id: story.id,
      data: { _status: 'draft', workflowStage: 'unpublished' },
    })
    // A draft saved over another live story: no event for anyone.
    const live = await publish({ headline: 'Still live' })
    await server.payload.update({
      collection: 'articles',
      id: live.id,
      data: { headline: 'DRAFTONLY headline' },
      draft: true,
    })
    await runJobs()

    for (const path of ['/published-only', '/everything']) {
      const text = deliveriesTo(path)
        .map((item) => item.body)
        .join('\n')
      expect(text).not.toContain('TAKENDOWN')
      expect(text).not.toContain('DRAFTONLY')
    }
    expect(eventsTo('/published-only')).toEqual(['published'])
    expect(JSON.parse(deliveriesTo('/published-only')[0]!.body).story.headline).toBe('Still live')
    expect(eventsTo('/everything').sort()).toEqual(['published', 'unpublished'])
    const unpublished = deliveriesTo('/everything')
      .map((item) => JSON.parse(item.body))
      .find((body) => body.event === 'unpublished')
    expect(unpublished.story).toEqual({ id: story.id, slug: story.slug })

    const skipped = await log(
      `&where[storySlug][equals]=${story.slug}&where[event][equals]=published`,
    )
    expect(skipped.map((entry) => entry.outcome)).toEqual(['skipped', 'skipped'])
  })

  test('updated, corrected and deleted reach the endpoints that asked for them', async () => {
    await register('/lifecycle', ['updated', 'corrected', 'deleted'])
    const story = await publish({ headline: 'A story that changes' })
    await server.payload.update({
      collection: 'articles',
      id: story.id,
      data: { standfirst: 'A new standfirst.' },
    })
    await runJobs()
    await server.payload.update({
      collection: 'articles',
      id: story.id,
      data: { corrections: [{ text: 'An earlier version misspelt a name.' }] },
    })
    await runJobs()
    await server.payload.delete({ collection: 'articles', id: story.id })
    await runJobs()
    expect(eventsTo('/lifecycle')).toEqual(['updated', 'corrected', 'deleted'])
    const [updated, corrected, deleted] = deliveriesTo('/lifecycle').map((item) =>
      JSON.parse(item.body),
    )
    expect(updated.story.standfirst).toBe('A new standfirst.')
    expect(corrected.story.corrections).toEqual([
      expect.objectContaining({ text: 'An earlier version misspelt a name.' }),
    ])
    expect(deleted.story).toEqual({ id: story.id, slug: story.slug })
  })

  test('a change sent after the story was deleted sends no text', async () => {
    await register('/late', ['updated'])
    const story = await publish({ headline: 'GONEBEFOREDELIVERY' })
    await server.payload.update({ collection: 'articles', id: story.id, data: { standfirst: 'x' } })
    await server.payload.delete({ collection: 'articles', id: story.id })
    await runJobs()
    expect(deliveriesTo('/late')).toEqual([])
  })

  test('a receiver that is down never holds up or fails a save', async () => {
    const closed = await startReceiver()
    const url = closed.url('/down')
    await closed.close()
    const response = await server.http
      .post('/api/webhook-endpoints')
      .set(authHeader(newsroom.tokens.admin))
      .send({ name: 'Down', url, secret: SECRET, events: ['published'] })
    expect(response.status).toBe(201)
    const endpoint = response.body.doc.id

    const started = Date.now()
    const story = await publish()
    expect(story._status).toBe('published')
    expect(Date.now() - started).toBeLessThan(5_000)
    await runJobs()
    const [entry] = await log(`&where[endpoint][equals]=${endpoint}`)
    expect(entry).toMatchObject({ outcome: 'failed', attempt: 1, story: String(story.id) })
    expect(entry!.message).toMatch(/fetch failed|ECONNREFUSED/)
  })

  describe('endpoints', () => {
    test('only admins register, read or change them', async () => {
      const endpoint = await register('/admins', ['published'])
      for (const role of ['editor', 'writer'] as const) {
        const headers = authHeader(newsroom.tokens[role])
        const list = await server.http.get('/api/webhook-endpoints').set(headers)
        expect(list.status, role).toBe(403)
        const create = await server.http
          .post('/api/webhook-endpoints')
          .set(headers)
          .send({ name: 'x', url: receiver.url('/x'), secret: SECRET, events: ['published'] })
        expect(create.status, role).toBe(403)
        const change = await server.http
          .patch(`/api/webhook-endpoints/${endpoint.id}`)
          .set(headers)
          .send({ url: receiver.url('/stolen') })
        expect(change.status, role).toBe(403)
      }
      expect((await server.http.get('/api/webhook-endpoints')).status).toBe(403)
    })

    test('the secret is never read back in full, and saving the masked value keeps it', async () => {
      const endpoint = await register('/secret', ['published'])
      expect(endpoint.secret).toBe(`••••••••${SECRET.slice(-4)}`)
      const read = await server.http
        .get(`/api/webhook-endpoints/${endpoint.id}`)
        .set(authHeader(newsroom.tokens.admin))
      expect(JSON.stringify(read.body)).not.toContain(SECRET)
      // The admin form sends the masked value back with any other change.
      const saved = await server.http
        .patch(`/api/webhook-endpoints/${endpoint.id}`)
        .set(authHeader(newsroom.tokens.admin))
        .send({ name: 'Renamed', secret: read.body.secret })
      expect(saved.status).toBe(200)
      await publish()
      await runJobs()
      const [delivery] = deliveriesTo('/secret')
      expect(
        verifyWebhook(SECRET, delivery!.headers['newsroom-signature'] as string, delivery!.body),
      ).toBe(true)
    })

    test.each([
      ['ftp://127.0.0.1/drop', /http or https only/],
      ['file:///etc/passwd', /http or https only/],
      ['gopher://127.0.0.1:6379/_x', /http or https only/],
      ['https://user:pass@example.com/hook', /credentials/],
      ['not a url', /not a URL/],
    ])('%s is refused with a 400 saying why', async (url, message) => {
      const response = await server.http
        .post('/api/webhook-endpoints')
        .set(authHeader(newsroom.tokens.admin))
        .send({ name: 'Bad', url, secret: SECRET, events: ['published'] })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toMatch(message)
    })

    test('a short secret or no event is refused', async () => {
      for (const body of [
        { secret: 'short', events: ['published'] },
        { secret: SECRET, events: [] },
        { secret: SECRET, events: ['drafted'] },
      ]) {
        const response = await server.http
          .post('/api/webhook-endpoints')
          .set(authHeader(newsroom.tokens.admin))
          .send({ name: 'Bad', url: receiver.url('/bad'), ...body })
        expect(response.status, JSON.stringify(body)).toBe(400)
      }
    })
  })

  test('editors read the delivery log; writers and readers do not', async () => {
    expect((await server.http.get('/api/webhook-deliveries')).status).toBe(403)
    const writer = await server.http
      .get('/api/webhook-deliveries')
      .set(authHeader(newsroom.tokens.writer))
    expect(writer.status).toBe(403)
    const editor = await server.http
      .post('/api/webhook-deliveries')
      .set(authHeader(newsroom.tokens.editor))
      .send({ event: 'published', outcome: 'delivered' })
    expect(editor.status).toBe(403)
  })
})
