import { afterAll, beforeAll, expect, test } from 'vitest'

import { authHeader, login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createStaff } from '../support/users'

const READS = 5

// Its own file: the limit is read when the server starts (the suite runs with it off).
describeWithDatabase('uncached anonymous reads, limited per address', () => {
  let server: TestServer
  let editor: string

  beforeAll(async () => {
    process.env.ANONYMOUS_READ_RATE_LIMIT = `${READS}/600`
    server = await startTestServer()
    await createStaff(server.payload)
    editor = await login(server.http, 'editor@newsroom.test')
  })
  afterAll(async () => {
    await server?.stop()
    delete process.env.ANONYMOUS_READ_RATE_LIMIT
  })

  const from = (address: string) => ({ 'X-Forwarded-For': address })
  /** A read no one asked before, so the read cache cannot answer it. */
  const fresh = (n: number) => `/api/tags?limit=${n + 1}`

  test('past the limit an address gets 429 with Retry-After; cached answers are never counted', async () => {
    const address = from('192.0.2.10')
    for (let n = 0; n < READS; n += 1) {
      await server.http.get(fresh(n)).set(address).expect(200)
    }
    const refused = await server.http.get(fresh(READS)).set(address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(
      /^Too many requests from this address; try again in \d+ s$/,
    )
    // The first read is kept by the read cache: served again, it costs nothing and is not refused.
    await server.http.get(fresh(0)).set(address).expect(200)
    // GraphQL reads count against the same address.
    const graphQL = await server.http
      .post('/api/graphql')
      .set(address)
      .send({ query: '{ Tags(limit: 7) { totalDocs } }' })
    expect(graphQL.status).toBe(429)
    expect(graphQL.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS')
  })

  test('another address is not affected', async () => {
    await server.http.get(fresh(0)).set(from('192.0.2.11')).expect(200)
    await server.http.get(fresh(20)).set(from('192.0.2.11')).expect(200)
  })

  test('signed-in staff read on past the limit; a made-up token does not', async () => {
    const address = from('192.0.2.12')
    for (let n = 0; n < READS; n += 1) await server.http.get(fresh(30 + n)).set(address)
    const staff = await server.http.get(fresh(40)).set(address).set(authHeader(editor))
    expect(staff.status).toBe(200)
    const forged = await server.http.get(fresh(41)).set(address).set(authHeader('not.a.token'))
    expect(forged.status).toBe(429)
  })
})
