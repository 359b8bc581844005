import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { withHttpCaching } from '../http/caching'
import { PUBLIC_CACHE_CONTROL } from '../http/types'
import { readBody } from '../http/webBridge'
import { createAnswerStore } from './answers'
import { frontDoor, keepTicketOf } from './frontDoor'

const ORIGIN = 'http://cms.test'
const SECURITY: Array<[string, string]> = [['X-Frame-Options', 'SAMEORIGIN']]
const QUERY = JSON.stringify({ query: '{ Articles { docs { headline } } }' })
const MUTATION = JSON.stringify({ query: 'mutation { deleteArticle(id: 1) { id } }' })

type Case = [name: string, path: string, init: RequestInit, isAnsweredAtTheFront: boolean]

/** A second identical request: does the front answer it, or does it reach the app again? */
const CASES: Case[] = [
  ['an anonymous GET under /api', '/api/articles/1', {}, true],
  ['a GET of /api with a query string', '/api?where=1', {}, true],
  [
    'a GraphQL query sent by POST',
    '/api/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY },
    true,
  ],
  [
    'a GraphQL mutation sent by POST',
    '/api/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: MUTATION },
    false,
  ],
  ['a signed-in GET', '/api/articles/2', { headers: { authorization: 'JWT abc' } }, false],
  ['a draft GET', '/api/articles/3?draft=true', {}, false],
  ['a PATCH', '/api/articles/4', { method: 'PATCH', body: '{}' }, false],
  ['a HEAD', '/api/articles/8', { method: 'HEAD' }, false],
  ['a GET outside the API (the admin)', '/admin/collections', {}, false],
  ['a GET of the API spelled in capitals', '/API/articles/5', {}, true],
  ['a GET outside the API that the front was told to keep (a feed)', '/feed.xml', {}, true],
  ['that GET with a query string', '/feed.xml?page=2', {}, true],
  ['a signed-in GET of it', '/feed.xml', { headers: { authorization: 'JWT abc' } }, false],
  ['a POST to it', '/feed.xml', { method: 'POST', body: '{}' }, false],
]

describe('the front door answers kept reads before Express, and hands on everything else', () => {
  let version = 'v1'
  let computed = 0
  const reached: string[] = []
  let base = ''
  let close = () => {}

  beforeAll(async () => {
    const store = createAnswerStore({ readVersion: async () => version })
    // The app's side, as the bridge does it: a Web request through the HTTP caching layer, which
    // keeps the answer when the front handed on a ticket for it.
    const handler = withHttpCaching(async (request) => {
      computed += 1
      return Response.json({
        computed,
        path: new URL(request.url).pathname,
        body: await request.text(),
      })
    })
    const app = (req: IncomingMessage & { body?: Buffer }, res: ServerResponse) => {
      reached.push(`${req.method} ${req.url}`)
      void (async () => {
        const hasBody = req.method !== 'GET'
        const body = hasBody ? (req.body ?? (await readBody(req, 1024))) : undefined
        const response = await handler(
          new Request(new URL(req.url ?? '/', ORIGIN), {
            method: req.method,
            headers: req.headers as Record<string, string>,
            body: body && body.length > 0 ? new Uint8Array(body) : undefined,
          }),
          { clientIp: '127.0.0.1', keep: keepTicketOf(req) },
        )
        res.statusCode = response.status
        response.headers.forEach((value, name) => res.setHeader(name, value))
        res.end(Buffer.from(await response.arrayBuffer()))
      })()
    }
    const listener = createServer(
      frontDoor({
        app,
        store,
        origin: ORIGIN,
        bodyLimit: 1024,
        security: SECURITY,
        alsoKeeps: (url) => url.startsWith('/feed.xml'),
      }),
    )
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`
    close = () => listener.close()
  })

  afterAll(() => close())

  test.each(CASES)('%s', async (_name, path, init, isAnsweredAtTheFront) => {
    const first = await fetch(`${base}${path}`, init)
    expect(first.status).toBe(200)
    const reachedBefore = reached.length
    const second = await fetch(`${base}${path}`, init)
    expect(second.status).toBe(200)
    expect(reached.length - reachedBefore).toBe(isAnsweredAtTheFront ? 0 : 1)
    const [firstBody, secondBody] = [await first.text(), await second.text()]
    if (isAnsweredAtTheFront) {
      // The same answer, with the security headers Express would have set on it.
      expect(secondBody).toBe(firstBody)
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
      expect(second.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'))
      if (!init.method) expect(second.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
    }
    if (init.body) {
      // The body reached the handler whole, whether the front read it for a key or not.
      expect((JSON.parse(secondBody) as { body: string }).body).toBe(init.body)
    }
  })

  test('a reader from another Origin is not sent what was kept for the first', async () => {
    const path = '/api/articles/9'
    await fetch(`${base}${path}`, { headers: { origin: 'https://one.example' } })
    const reachedBefore = reached.length
    await fetch(`${base}${path}`, { headers: { origin: 'https://two.example' } })
    expect(reached.length - reachedBefore).toBe(1)
    await fetch(`${base}${path}`, { headers: { origin: 'https://one.example' } })
    expect(reached.length - reachedBefore).toBe(1)
  })

  test('a reader that already has the kept answer gets a 304 from the front', async () => {
    const first = await fetch(`${base}/api/articles/6`)
    const etag = first.headers.get('etag') ?? ''
    const reachedBefore = reached.length
    const again = await fetch(`${base}/api/articles/6`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(reached.length).toBe(reachedBefore)
  })

  test('once the content version moves on, the next read goes to the app and is computed', async () => {
    const first = (await (await fetch(`${base}/api/articles/7`)).json()) as { computed: number }
    version = 'v2'
    const reachedBefore = reached.length
    const after = (await (await fetch(`${base}/api/articles/7`)).json()) as { computed: number }
    expect(reached.length - reachedBefore).toBe(1)
    expect(after.computed).toBeGreaterThan(first.computed)
  })
})
