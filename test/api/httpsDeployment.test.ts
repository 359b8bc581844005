import { afterAll, beforeAll, expect, test } from 'vitest'

import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { PASSWORD, createStaff } from '../support/users'

const ORIGIN = 'https://cms.example.org'

// Its own file: the public URL is read when the config loads.
describeWithDatabase('a CMS served over HTTPS', () => {
  let server: TestServer
  const previous = process.env.SERVER_URL

  beforeAll(async () => {
    process.env.SERVER_URL = ORIGIN
    server = await startTestServer()
    await createStaff(server.payload)
  })
  afterAll(async () => {
    await server?.stop()
    if (previous === undefined) delete process.env.SERVER_URL
    else process.env.SERVER_URL = previous
  })

  test('sets its session cookie Secure, HttpOnly and SameSite=Lax', async () => {
    const response = await server.http
      .post('/api/users/login')
      .send({ email: 'editor@newsroom.test', password: PASSWORD })
      .expect(200)
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'] ?? [])
      .find((line) => line.startsWith('payload-token='))
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
  })

  test('allows cross-origin API calls from its own origin only', async () => {
    const own = await server.http.get('/api/articles').set('Origin', ORIGIN)
    expect(own.headers['access-control-allow-origin']).toBe(ORIGIN)
    const foreign = await server.http.get('/api/articles').set('Origin', 'https://evil.example')
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined()
  })

  test('ignores the session cookie on a request from a foreign origin (CSRF)', async () => {
    const login = await server.http
      .post('/api/users/login')
      .send({ email: 'writer@newsroom.test', password: PASSWORD })
    const token = login.body.token as string
    const own = await server.http
      .get('/api/users/me')
      .set('Cookie', `payload-token=${token}`)
      .set('Origin', ORIGIN)
    expect(own.body.user?.email).toBe('writer@newsroom.test')
    const foreign = await server.http
      .get('/api/users/me')
      .set('Cookie', `payload-token=${token}`)
      .set('Origin', 'https://evil.example')
    expect(foreign.body.user).toBeNull()
  })
})
