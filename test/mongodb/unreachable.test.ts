/**
 * Risk: with the driver's defaults a request to an unreachable MongoDB waited 30 s for a server
 * and then answered 500, where the other databases answer 503 at once. Fixed in
 * src/database/mongodb/transactions.ts (5 s server selection) and src/database/outages.ts (the
 * driver's errors for an unreachable server are an outage).
 */
import { MongoMemoryReplSet } from 'mongodb-memory-server'
import supertest from 'supertest'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { DATABASE_UNAVAILABLE_MESSAGE } from '../../src/database/outages'
import { CONNECTION_OPTIONS } from '../../src/database/mongodb/transactions'
import type { NewsroomServer } from '../../src/server'
import { MONGOD_BINARY_VARIABLE } from '../support/mongod'
import { describeOnMongoDB } from './onMongoDB'

describeOnMongoDB('MongoDB goes away while the CMS runs', () => {
  let replSet: MongoMemoryReplSet
  let server: NewsroomServer

  beforeAll(async () => {
    // A server of this test's own, to stop.
    replSet = await MongoMemoryReplSet.create({
      binary: { systemBinary: process.env[MONGOD_BINARY_VARIABLE] },
      replSet: { count: 1, storageEngine: 'wiredTiger' },
    })
    const url = new URL(replSet.getUri())
    url.pathname = '/newsroom_unreachable'
    process.env.DATABASE_URL = url.toString()
    const { createServer } = await import('../../src/server')
    server = await createServer()
    expect((await supertest(server.listener).get('/api/tags')).status).toBe(200)
    await replSet.stop({ doCleanup: false })
  }, 180_000)
  afterAll(async () => {
    await server?.close().catch(() => undefined)
    await replSet?.stop({ doCleanup: true, force: true })
  })

  test('a read answers 503 in words, within a few seconds rather than 30', async () => {
    const selection = CONNECTION_OPTIONS.serverSelectionTimeoutMS ?? 30_000
    const started = Date.now()
    const response = await supertest(server.listener).get('/api/tags')
    const elapsed = Date.now() - started
    expect(response.status, JSON.stringify(response.body)).toBe(503)
    expect(response.body.errors?.[0]?.message).toBe(DATABASE_UNAVAILABLE_MESSAGE)
    // The read cache asks for the content version first, then the app reads: two selections.
    expect(elapsed).toBeLessThan(2 * selection + 5_000)
  })

  test('readiness says the database is down', async () => {
    const response = await supertest(server.listener).get('/readyz')
    expect(response.status).toBe(503)
    expect(response.body.database).toBe('down')
  })
})
