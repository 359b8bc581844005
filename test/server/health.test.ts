import { afterAll, beforeAll, expect, test } from 'vitest'

import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

describeWithDatabase('health checks', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => server?.stop().catch(() => {}))

  test('/healthz says the process is up', async () => {
    const response = await server.http.get('/healthz').expect(200)
    expect(response.body).toEqual({ status: 'ok' })
  })

  test('/readyz says the database answers', async () => {
    const response = await server.http.get('/readyz').expect(200)
    expect(response.body).toEqual({ status: 'ready', database: 'up' })
  })

  // Last: it takes the database away under the running server (and its background work).
  test("/readyz says the database is down, and not the database's own error text", async () => {
    await server.takeDatabaseDown()
    const response = await server.http.get('/readyz')
    expect(response.status).toBe(503)
    expect(response.body).toEqual({ status: 'unavailable', database: 'down' })
  })
})
