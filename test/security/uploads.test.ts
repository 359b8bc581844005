import { readdirSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { UPLOAD_BODY_LIMIT } from '../../src/server'
import { mediaDir } from '../../src/settings'
import { authHeader, login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createStaff } from '../support/users'

const image = (format: 'jpeg' | 'png' | 'webp' | 'gif' | 'avif') =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
    .toFormat(format)
    .toBuffer()

const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect width="8" height="8"/></svg>',
)
const HTML = Buffer.from('<!DOCTYPE html><html><script>fetch("/api/users")</script></html>')

describeWithDatabase('uploads: only the newsroom image formats, judged by content', () => {
  let server: TestServer
  let token: string
  const storedFiles = () => readdirSync(path.resolve(mediaDir()), { withFileTypes: true }).length

  beforeAll(async () => {
    server = await startTestServer()
    await createStaff(server.payload)
    token = await login(server.http, 'editor@newsroom.test')
  })
  afterAll(async () => server?.stop())

  const upload = (file: Buffer, filename: string, contentType: string) =>
    server.http
      .post('/api/media')
      .set(authHeader(token))
      .field('_payload', JSON.stringify({ alt: 'A test image', creditLine: 'Newsroom' }))
      .attach('file', file, { filename, contentType })

  test.each(['jpeg', 'png', 'webp', 'gif', 'avif'] as const)(
    'a %s image is accepted and stored as what it is',
    async (format) => {
      const response = await upload(await image(format), `photo.${format}`, `image/${format}`)
      expect(response.status, JSON.stringify(response.body)).toBe(201)
      expect(response.body.doc.mimeType).toBe(`image/${format}`)
    },
  )

  test('a PNG named .jpg and sent as image/jpeg is stored as a PNG', async () => {
    const response = await upload(await image('png'), 'renamed.jpg', 'image/jpeg')
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.mimeType).toBe('image/png')
  })

  test.each([
    [
      'an SVG named .jpg and sent as image/jpeg',
      SVG,
      'chart.jpg',
      'image/jpeg',
      /is an SVG drawing/,
    ],
    ['an SVG as itself', SVG, 'chart.svg', 'image/svg+xml', /is an SVG drawing/],
    ['an HTML page named .png', HTML, 'photo.png', 'image/png', /is an HTML page/],
    ['a PDF', Buffer.from('%PDF-1.4\n%âãÏÓ\n'), 'story.pdf', 'application/pdf', /not an image/],
  ])(
    '%s is refused with 400, naming the formats, and nothing is stored',
    async (_l, file, name, type, said) => {
      const before = {
        docs: (await server.payload.count({ collection: 'media' })).totalDocs,
        files: storedFiles(),
      }
      const response = await upload(file, name, type)
      expect(response.status).toBe(400)
      const message = JSON.stringify(response.body.errors)
      expect(message).toMatch(said)
      expect(message).toMatch(/upload a JPEG, PNG, WebP, GIF or AVIF image/)
      expect((await server.payload.count({ collection: 'media' })).totalDocs).toBe(before.docs)
      expect(storedFiles()).toBe(before.files)
    },
  )

  test('replacing a stored image with an SVG is refused too', async () => {
    const created = await upload(await image('jpeg'), 'keep.jpg', 'image/jpeg').expect(201)
    const response = await server.http
      .patch(`/api/media/${created.body.doc.id}`)
      .set(authHeader(token))
      .field('_payload', JSON.stringify({}))
      .attach('file', SVG, { filename: 'keep.jpg', contentType: 'image/jpeg' })
    expect(response.status).toBe(400)
    const stored = await server.payload.findByID({ collection: 'media', id: created.body.doc.id })
    expect(stored.mimeType).toBe('image/jpeg')
  })

  test('a file over the size limit is refused with 413 and a message, and nothing is stored', async () => {
    const before = (await server.payload.count({ collection: 'media' })).totalDocs
    const huge = Buffer.concat([await image('jpeg'), Buffer.alloc(UPLOAD_BODY_LIMIT)])
    const response = await upload(huge, 'huge.jpg', 'image/jpeg')
    expect(response.status).toBe(413)
    expect(response.body.errors[0].message).toBe(
      `Request body is larger than the ${UPLOAD_BODY_LIMIT} bytes this endpoint accepts`,
    )
    expect((await server.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  test("a file over Payload's 10 MB limit but under the body limit is refused too", async () => {
    const before = (await server.payload.count({ collection: 'media' })).totalDocs
    const big = Buffer.concat([await image('jpeg'), Buffer.alloc(10 * 1024 * 1024 + 1024)])
    const response = await upload(big, 'big.jpg', 'image/jpeg')
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(response.body.errors[0].message).toEqual(expect.any(String))
    expect((await server.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })
})
