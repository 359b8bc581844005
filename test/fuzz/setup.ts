import type { Payload } from 'payload'
import type { Test } from 'supertest'

import { login } from '../support/api'
import { startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createStaff } from '../support/users'
import type { Caller, CollectionShape } from './restInputs'

/** The callers a hostile input may come from, each with the token it sends (if any). */
export type CallerTokens = Record<Caller, string | undefined>

export interface FuzzTarget {
  server: TestServer
  tokens: CallerTokens
  stop: () => Promise<void>
}

/**
 * A test server with staff, a few target documents and every caller signed in. Sign-in rate
 * limits are off: hostile sign-ins would otherwise meet them and test them instead of the routes.
 * `stop` also puts the limits back.
 */
export const startFuzzTarget = async (): Promise<FuzzTarget> => {
  process.env.LOGIN_RATE_LIMIT = 'off'
  process.env.PASSWORD_RESET_RATE_LIMIT = 'off'
  const server = await startTestServer()
  await createStaff(server.payload)
  await seedTargets(server.payload)
  const tokens: CallerTokens = {
    anonymous: undefined,
    writer: await login(server.http, 'writer@newsroom.test'),
    editor: await login(server.http, 'editor@newsroom.test'),
    admin: await login(server.http, 'admin@newsroom.test'),
    forged: 'eyJhbGciOiJub25lIn0.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIiwicm9sZSI6ImFkbWluIn0.',
  }
  const stop = async () => {
    await server.stop()
    delete process.env.LOGIN_RATE_LIMIT
    delete process.env.PASSWORD_RESET_RATE_LIMIT
  }
  return { server, tokens, stop }
}

/** What every hostile input carries besides its route: who sends it and the body as given. */
interface HostileBody {
  caller: Caller
  json?: unknown
  raw?: { body: Buffer | string; type: string }
}

/**
 * Sends `input`'s token and body exactly as given, and reads every answer as text: a body that
 * is not JSON is itself worth seeing.
 */
export const sendHostile = (request: Test, input: HostileBody, tokens: CallerTokens) => {
  const token = tokens[input.caller]
  if (token) request = request.set('Authorization', `JWT ${token}`)
  if (input.raw) request = request.set('Content-Type', input.raw.type).send(input.raw.body)
  else if (input.json !== undefined) {
    request = request.set('Content-Type', 'application/json').send(JSON.stringify(input.json))
  }
  return request.buffer(true).parse((res, done) => {
    let text = ''
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => (text += chunk))
    res.on('end', () => done(null, text))
  })
}

/** A few real documents, so detail routes and relationship values can point at something. */
export const seedTargets = async (payload: Payload): Promise<void> => {
  const section = await payload.create({
    collection: 'sections',
    data: { name: 'World', slug: 'world' } as never,
    overrideAccess: true,
  })
  const tag = await payload.create({
    collection: 'tags',
    data: { name: 'Missile shield', kind: 'topic' } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'people',
    data: { name: 'Dmitry Rogozin' } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'organizations',
    data: { name: 'NATO' } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'articles',
    data: { headline: 'NATO and Russia at odds', section: section.id, tags: [tag.id] } as never,
    overrideAccess: true,
    draft: true,
  })
}

/** Each collection's top-level fields and real ids, read from the running config. */
export const collectionShapes = async (payload: Payload): Promise<CollectionShape[]> => {
  const shapes: CollectionShape[] = []
  for (const collection of payload.config.collections) {
    const { docs } = await payload.find({
      collection: collection.slug as 'articles',
      overrideAccess: true,
      depth: 0,
      limit: 5,
    })
    shapes.push({
      slug: collection.slug,
      fields: collection.flattenedFields
        .filter((field) => 'name' in field && field.name !== 'id')
        .map((field) => ({
          name: field.name,
          type: field.type,
          required: 'required' in field && field.required === true,
        })),
      ids: docs.map((doc) => doc.id),
      writable: !collection.slug.startsWith('payload-'),
    })
  }
  return shapes
}
