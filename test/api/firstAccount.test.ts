import { afterAll, beforeAll, expect, test } from 'vitest'

import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { PASSWORD } from '../support/users'

// Its own file: it needs a database with no accounts at all.
describeWithDatabase('the first account', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => server?.stop())

  test('is an admin, whatever role the form asked for, and only one can register that way', async () => {
    const response = await server.http
      .post('/api/users/first-register')
      .send({ email: 'founder@newsroom.test', password: PASSWORD, name: 'Founder', role: 'writer' })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.user.role).toBe('admin')

    const second = await server.http
      .post('/api/users/first-register')
      .send({ email: 'intruder@newsroom.test', password: PASSWORD, name: 'Intruder' })
    expect(second.status).toBe(403)
    const { totalDocs } = await server.payload.count({ collection: 'users' })
    expect(totalDocs).toBe(1)
  })
})
