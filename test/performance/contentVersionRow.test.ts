import { afterAll, beforeAll, expect, test } from 'vitest'

import {
  CONTENT_VERSION_KEY,
  FIRST_VERSION,
  KV_COLLECTION,
  readContentVersion,
} from '../../src/readCache/contentVersion'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

const WRITERS = 8

describeWithDatabase('the content version on a fresh database', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => server?.stop())

  test('its row is there before the first write', async () => {
    expect(await readContentVersion(server.payload)).not.toBe(FIRST_VERSION)
  })

  test('the first writes, all at once, all succeed, each once, and move the version on', async () => {
    // When the first write inserted the row, all but one of these failed on its unique key (7 of
    // 8 on SQLite, where each failed tag was in all the same).
    const before = await readContentVersion(server.payload)
    const results = await Promise.allSettled(
      Array.from({ length: WRITERS }, (_, index) =>
        server.payload.create({
          collection: 'tags',
          data: { name: `First write ${index}`, kind: 'topic' },
          overrideAccess: true,
        }),
      ),
    )
    const failures = results.flatMap((result) =>
      result.status === 'rejected' ? [String(result.reason)] : [],
    )
    expect(failures).toEqual([])
    const written = await server.payload.count({
      collection: 'tags',
      where: { name: { like: 'First write' } },
    })
    expect(written.totalDocs).toBe(WRITERS)
    expect(await readContentVersion(server.payload)).not.toBe(before)
  })

  test('a row deleted while the server runs is written again by the next write, so cached reads still expire', async () => {
    await server.payload.db.deleteOne({
      collection: KV_COLLECTION,
      where: { key: { equals: CONTENT_VERSION_KEY } },
      req: {},
    })
    expect(await readContentVersion(server.payload)).toBe(FIRST_VERSION)
    const name = 'Written after the row went'
    const readersCount = async () => {
      const response = await server.http.get(
        `/api/tags?where[name][equals]=${encodeURIComponent(name)}`,
      )
      expect(response.status).toBe(200)
      return response.body.totalDocs as number
    }
    // Kept under the version a missing row reads as; a write that only updated the row (none
    // left) would leave that version, and this answer, in place for good.
    expect(await readersCount()).toBe(0)
    await server.payload.create({
      collection: 'tags',
      data: { name, kind: 'topic' },
      overrideAccess: true,
    })
    expect(await readContentVersion(server.payload)).not.toBe(FIRST_VERSION)
    expect(await readersCount()).toBe(1)
  })
})
