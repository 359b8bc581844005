import { afterAll, beforeAll, expect, test } from 'vitest'

import { authHeader, graphql } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { PASSWORD, createStaff } from '../support/users'

describeWithDatabase('logging in', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
    await createStaff(server.payload)
  })
  afterAll(async () => server?.stop())

  test('REST login returns a token and an HTTP-only cookie, and the token identifies the user', async () => {
    const response = await server.http
      .post('/api/users/login')
      .send({ email: 'editor@newsroom.test', password: PASSWORD })
    expect(response.status).toBe(200)
    expect(response.body.user).toMatchObject({ email: 'editor@newsroom.test', role: 'editor' })
    expect(response.body.user).not.toHaveProperty('hash')
    expect(response.body.user).not.toHaveProperty('salt')
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).join('\n')
    expect(cookie).toMatch(/payload-token=[^;]+;.*HttpOnly/i)

    const me = await server.http
      .get('/api/users/me')
      .set(authHeader(response.body.token))
      .expect(200)
    expect(me.body.user.email).toBe('editor@newsroom.test')
  })

  test('the cookie authenticates a browser on the CMS origin, and no other origin', async () => {
    const agent = (await import('supertest')).default.agent(server.listener)
    await agent
      .post('/api/users/login')
      .send({ email: 'writer@newsroom.test', password: PASSWORD })
      .expect(200)
    const origin = server.payload.config.serverURL
    const own = await agent.get('/api/users/me').set('Origin', origin).expect(200)
    expect(own.body.user.role).toBe('writer')
    const foreign = await agent
      .get('/api/users/me')
      .set('Origin', 'https://evil.example')
      .expect(200)
    expect(foreign.body.user).toBeNull()
  })

  test('GraphQL login works the same way', async () => {
    const result = await graphql(
      server.http,
      'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token user { email role } } }',
      { email: 'admin@newsroom.test', password: PASSWORD },
    )
    expect(result.errors).toBeUndefined()
    expect(result.data?.loginUser.user).toEqual({ email: 'admin@newsroom.test', role: 'admin' })
    expect(result.data?.loginUser.token).toEqual(expect.any(String))
  })

  test('without a login, /me says nobody', async () => {
    const me = await server.http.get('/api/users/me').expect(200)
    expect(me.body.user).toBeNull()
  })
})
