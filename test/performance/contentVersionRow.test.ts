import { afterAll, beforeAll, expect, test } from 'vitest'

import { FIRST_VERSION, readContentVersion } from '../../src/cache/contentVersion'
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
})
