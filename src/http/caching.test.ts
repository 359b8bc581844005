import { describe, expect, test } from 'vitest'

import { entityTag, withHttpCaching } from './caching'
import { NO_STORE, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from './types'

const CONTEXT = { clientIp: '127.0.0.1' }

const URL_BASE = 'http://cms.test/api/articles/1'
const json = (body: unknown, status = 200) => Response.json(body, { status })

type Case = [
  name: string,
  request: () => Request,
  response: () => Response,
  expected: { status: number; cacheControl: null | string; hasEtag: boolean },
]

const CASES: Case[] = [
  [
    'an anonymous read of JSON is public with an ETag',
    () => new Request(URL_BASE),
    () => json({ headline: 'NATO' }),
    { status: 200, cacheControl: PUBLIC_CACHE_CONTROL, hasEtag: true },
  ],
  [
    'a JWT makes it private',
    () => new Request(URL_BASE, { headers: { Authorization: 'JWT abc' } }),
    () => json({ headline: 'NATO' }),
    { status: 200, cacheControl: PRIVATE_CACHE_CONTROL, hasEtag: false },
  ],
  [
    'the session cookie makes it private',
    () => new Request(URL_BASE, { headers: { Cookie: 'theme=dark; payload-token=abc' } }),
    () => json({ headline: 'NATO' }),
    { status: 200, cacheControl: PRIVATE_CACHE_CONTROL, hasEtag: false },
  ],
  [
    'another cookie does not',
    () => new Request(URL_BASE, { headers: { Cookie: 'not-payload-token=abc' } }),
    () => json({ headline: 'NATO' }),
    { status: 200, cacheControl: PUBLIC_CACHE_CONTROL, hasEtag: true },
  ],
  [
    'draft=true makes it private',
    () => new Request(`${URL_BASE}?draft=true`),
    () => json({ headline: 'NATO' }),
    { status: 200, cacheControl: PRIVATE_CACHE_CONTROL, hasEtag: false },
  ],
  [
    'an error is not stored',
    () => new Request(URL_BASE),
    () => json({ errors: [{ message: 'Not Found' }] }, 404),
    { status: 404, cacheControl: NO_STORE, hasEtag: false },
  ],
  [
    'a GraphQL answer with errors is not stored',
    () => new Request('http://cms.test/api/graphql?query=x'),
    () => json({ data: null, errors: [{ message: 'Not Found' }] }),
    { status: 200, cacheControl: NO_STORE, hasEtag: false },
  ],
  [
    'a file is left to stream as it is',
    () => new Request('http://cms.test/api/media/file/photo.png'),
    () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'Content-Type': 'image/png' } }),
    { status: 200, cacheControl: null, hasEtag: false },
  ],
  [
    'a write is left as it is',
    () => new Request(URL_BASE, { method: 'PATCH', body: '{}' }),
    () => json({ doc: {} }),
    { status: 200, cacheControl: null, hasEtag: false },
  ],
]

describe('withHttpCaching', () => {
  test.each(CASES)('%s', async (_, request, response, expected) => {
    const answer = await withHttpCaching(async () => response())(request(), CONTEXT)
    expect(answer.status).toBe(expected.status)
    expect(answer.headers.get('cache-control')).toBe(expected.cacheControl)
    expect(answer.headers.has('etag')).toBe(expected.hasEtag)
  })

  test('a client holding the current version gets 304 with no body', async () => {
    const handler = withHttpCaching(async () => json({ headline: 'NATO' }))
    const first = await handler(new Request(URL_BASE), CONTEXT)
    const etag = first.headers.get('etag')!
    const again = await handler(
      new Request(URL_BASE, { headers: { 'If-None-Match': etag } }),
      CONTEXT,
    )
    expect(again.status).toBe(304)
    expect(again.body).toBeNull()
    expect(again.headers.get('etag')).toBe(etag)
    expect(await first.json()).toEqual({ headline: 'NATO' })
  })
})

test('the same body gives the same strong tag, a different body another', () => {
  const encode = (text: string) => new TextEncoder().encode(text)
  expect(entityTag(encode('{"a":1}'))).toBe(entityTag(encode('{"a":1}')))
  expect(entityTag(encode('{"a":1}'))).not.toBe(entityTag(encode('{"a":2}')))
  expect(entityTag(encode('x'))).toMatch(/^"[^W].*"$/)
})
