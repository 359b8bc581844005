/**
 * Risk: every content write updated one shared version document inside its transaction, and on
 * MongoDB the second of two concurrent transactions to write it is aborted (a write conflict):
 * concurrent saves failed with 500. Fixed in src/database/mongodb/contentVersion.ts (moved outside
 * the transaction, around its commit), without letting the read cache serve a stale answer.
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { WRITES_IN_FLIGHT } from '../../src/database/mongodb/contentVersion'
import { CONTENT_VERSION_KEY, readContentVersion } from '../../src/readCache/contentVersion'
import { authHeader, login } from '../support/api'
import { startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createStaff } from '../support/users'
import { describeOnMongoDB, rawCollection } from './onMongoDB'

const WRITERS = 12

describeOnMongoDB('the content version on MongoDB', () => {
  let server: TestServer
  let token: string

  beforeAll(async () => {
    server = await startTestServer()
    const staff = await createStaff(server.payload)
    token = await login(server.http, staff.admin.email)
  })
  afterAll(async () => server?.stop())

  const versionDocument = () =>
    rawCollection(server.payload, 'payload-kv').findOne({ key: CONTENT_VERSION_KEY })
  const createTag = (name: string) =>
    server.http.post('/api/tags').set(authHeader(token)).send({ name, kind: 'topic' })
  const tagNames = async () =>
    (
      (await server.http.get('/api/tags?limit=500&sort=name')).body.docs as Array<{ name: string }>
    ).map((tag) => tag.name)

  test(`${WRITERS} writes at the same moment all succeed and move the version on`, async () => {
    const before = await readContentVersion(server.payload)
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) => createTag(`Concurrent tag ${index}`)),
    )
    expect(
      results.map((result) => result.status),
      JSON.stringify(results.map((result) => result.body)),
    ).toEqual(Array.from({ length: WRITERS }, () => 201))
    const after = await readContentVersion(server.payload)
    expect(after).not.toBe(before)
    expect(after).not.toMatch(/^in-flight:/)
    // Every write took itself off the list once its transaction ended.
    expect(Object.keys((await versionDocument())?.data?.[WRITES_IN_FLIGHT] ?? {})).toEqual([])
  })

  test('a reader after a write has answered always sees it, with readers running throughout', async () => {
    for (let round = 0; round < 5; round += 1) {
      await tagNames() // keeps an answer in the read cache
      const name = `Round ${round} tag`
      const [created] = await Promise.all([createTag(name), tagNames(), tagNames()])
      expect(created.status).toBe(201)
      expect(await tagNames()).toContain(name)
    }
  })

  test('while a write is in flight no two reads share a version; once it ends they do again', async () => {
    for (const end of ['commitTransaction', 'rollbackTransaction'] as const) {
      const before = await readContentVersion(server.payload)
      const req = await createLocalReq({}, server.payload)
      const transactionID = await server.payload.db.beginTransaction()
      expect(typeof transactionID).toBe('string')
      req.transactionID = transactionID ?? undefined
      await server.payload.create({
        collection: 'tags',
        data: { name: `In flight (${end})`, kind: 'topic' },
        req,
      })
      const during = [
        await readContentVersion(server.payload),
        await readContentVersion(server.payload),
      ]
      expect(during[0]).toMatch(/^in-flight:/)
      expect(during[1]).not.toBe(during[0])
      await server.payload.db[end](transactionID as string)
      const after = await readContentVersion(server.payload)
      expect(after).not.toMatch(/^in-flight:/)
      expect(await readContentVersion(server.payload)).toBe(after)
      expect(after).not.toBe(before)
    }
  })
})
