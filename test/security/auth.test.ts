import supertest from 'supertest'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { authHeader, graphql, login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { PASSWORD, createStaff, createUser } from '../support/users'

const FOREIGN = 'https://evil.example'

describeWithDatabase('auth hardening', () => {
  let server: TestServer
  let staff: Awaited<ReturnType<typeof createStaff>>
  let adminToken: string

  beforeAll(async () => {
    // Lockout is per account; the address-wide rate limit is tested in rateLimit.test.ts.
    process.env.LOGIN_RATE_LIMIT = 'off'
    process.env.PASSWORD_RESET_RATE_LIMIT = 'off'
    server = await startTestServer()
    staff = await createStaff(server.payload)
    adminToken = await login(server.http, 'admin@newsroom.test')
  })
  afterAll(async () => {
    await server?.stop()
    delete process.env.LOGIN_RATE_LIMIT
    delete process.env.PASSWORD_RESET_RATE_LIMIT
  })

  const me = async (token: string) =>
    (await server.http.get('/api/users/me').set(authHeader(token)).expect(200)).body.user

  test('five wrong passwords lock the account: the right one is refused until an admin unlocks it', async () => {
    const victim = await createUser(server.payload, 'writer', 'locked@newsroom.test')
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await server.http
        .post('/api/users/login')
        .send({ email: victim.email, password: `guess ${attempt}` })
      expect(wrong.status).toBe(401)
    }
    const locked = await server.http
      .post('/api/users/login')
      .send({ email: victim.email, password: PASSWORD })
    expect(locked.status).toBe(401)
    expect(locked.body.errors[0].message).toMatch(/locked/i)

    const writerToken = await login(server.http, 'writer@newsroom.test')
    const editorToken = await login(server.http, 'editor@newsroom.test')
    for (const token of [writerToken, editorToken]) {
      const refused = await server.http
        .post('/api/users/unlock')
        .set(authHeader(token))
        .send({ email: victim.email })
      expect(refused.status).toBe(403)
      const viaGraphQL = await graphql(
        server.http,
        'mutation ($email: String!) { unlockUser(email: $email) }',
        { email: victim.email },
        token,
      )
      expect(viaGraphQL.errors?.[0]?.message).toMatch(/not allowed/i)
    }
    await server.http
      .post('/api/users/login')
      .send({ email: victim.email, password: PASSWORD })
      .expect(401)

    await server.http
      .post('/api/users/unlock')
      .set(authHeader(adminToken))
      .send({ email: victim.email })
      .expect(200)
    await login(server.http, victim.email)
  })

  test('a token is dead after logout', async () => {
    const token = await login(server.http, 'editor@newsroom.test')
    expect((await me(token)).email).toBe('editor@newsroom.test')
    await server.http.post('/api/users/logout').set(authHeader(token)).expect(200)
    expect(await me(token)).toBeNull()
    const write = await server.http
      .post('/api/tags')
      .set(authHeader(token))
      .send({ name: 'After logout', kind: 'topic' })
    expect(write.status).toBe(403)
  })

  test('changing a password ends every other session; an admin changing it ends them all', async () => {
    const user = await createUser(server.payload, 'writer', 'rotating@newsroom.test')
    const laptop = await login(server.http, user.email)
    const phone = await login(server.http, user.email)
    await server.http
      .patch(`/api/users/${user.id}`)
      .set(authHeader(laptop))
      .send({ password: 'a new long passphrase 1' })
      .expect(200)
    expect(await me(phone)).toBeNull()
    expect((await me(laptop)).email).toBe(user.email)

    await server.http
      .patch(`/api/users/${user.id}`)
      .set(authHeader(adminToken))
      .send({ password: 'a new long passphrase 2' })
      .expect(200)
    expect(await me(laptop)).toBeNull()
    await server.http
      .post('/api/users/login')
      .send({ email: user.email, password: 'a new long passphrase 1' })
      .expect(401)
  })

  test('non-admins see only themselves in the user list, over REST and GraphQL', async () => {
    for (const email of ['writer@newsroom.test', 'editor@newsroom.test']) {
      const token = await login(server.http, email)
      const list = await server.http.get('/api/users').set(authHeader(token)).expect(200)
      expect(list.body.docs.map((user: { email: string }) => user.email)).toEqual([email])
      const other = await server.http.get(`/api/users/${staff.admin.id}`).set(authHeader(token))
      expect(other.status).toBe(404)
      const viaGraphQL = await graphql(server.http, '{ Users { docs { email role } } }', {}, token)
      expect(viaGraphQL.data?.Users.docs.map((user: { email: string }) => user.email)).toEqual([
        email,
      ])
      const count = await server.http.get('/api/users/count').set(authHeader(token)).expect(200)
      expect(count.body.totalDocs).toBe(1)
    }
    const anonymous = await server.http.get('/api/users')
    expect(anonymous.status).toBe(403)
  })

  test('no one raises their own role, over REST or GraphQL, nor creates an account', async () => {
    const token = await login(server.http, 'editor@newsroom.test')
    await server.http
      .patch(`/api/users/${staff.editor.id}`)
      .set(authHeader(token))
      .send({ role: 'admin' })
    await graphql(
      server.http,
      'mutation ($id: Int!) { updateUser(id: $id, data: { role: admin }) { role } }',
      { id: staff.editor.id },
      token,
    )
    const created = await server.http
      .post('/api/users')
      .set(authHeader(token))
      .send({ email: 'sock@newsroom.test', password: PASSWORD, name: 'Sock', role: 'admin' })
    expect(created.status).toBe(403)
    const editor = await server.payload.findByID({ collection: 'users', id: staff.editor.id })
    expect(editor.role).toBe('editor')
    const { totalDocs } = await server.payload.count({
      collection: 'users',
      where: { email: { equals: 'sock@newsroom.test' } },
    })
    expect(totalDocs).toBe(0)
    // Nor another's: a writer cannot touch the editor's account at all.
    const writerToken = await login(server.http, 'writer@newsroom.test')
    const other = await server.http
      .patch(`/api/users/${staff.editor.id}`)
      .set(authHeader(writerToken))
      .send({ role: 'writer', password: 'taken over account' })
    expect(other.status).toBe(403)
  })

  test('password reset answers alike for known and unknown emails, over REST and GraphQL', async () => {
    const known = await server.http
      .post('/api/users/forgot-password')
      .send({ email: 'writer@newsroom.test' })
    const unknown = await server.http
      .post('/api/users/forgot-password')
      .send({ email: 'nobody@newsroom.test' })
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
    expect(known.status).toBe(200)

    const mutation = 'mutation ($email: String!) { forgotPasswordUser(email: $email) }'
    const knownGraphQL = await graphql(server.http, mutation, { email: 'editor@newsroom.test' })
    const unknownGraphQL = await graphql(server.http, mutation, { email: 'ghost@newsroom.test' })
    expect(unknownGraphQL).toEqual(knownGraphQL)
    expect(knownGraphQL.errors).toBeUndefined()
  })

  test('a browser session is refused for a write from a foreign origin (CSRF) and gets no CORS grant', async () => {
    const agent = supertest.agent(server.listener)
    await agent
      .post('/api/users/login')
      .send({ email: 'editor@newsroom.test', password: PASSWORD })
      .expect(200)
    const forged = await agent
      .post('/api/tags')
      .set('Origin', FOREIGN)
      .send({ name: 'Planted by a foreign page', kind: 'topic' })
    expect(forged.status).toBe(403)
    expect(forged.headers['access-control-allow-origin']).toBeUndefined()
    const planted = await server.payload.count({
      collection: 'tags',
      where: { name: { equals: 'Planted by a foreign page' } },
    })
    expect(planted.totalDocs).toBe(0)

    const preflight = await server.http
      .options('/api/tags')
      .set('Origin', FOREIGN)
      .set('Access-Control-Request-Method', 'POST')
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()

    const own = await agent
      .post('/api/tags')
      .set('Origin', server.payload.config.serverURL)
      .send({ name: 'Filed from the admin', kind: 'topic' })
    expect(own.status).toBe(201)
    expect(own.headers['access-control-allow-origin']).toBe(server.payload.config.serverURL)
  })

  test('GraphQL ignores the session cookie from a foreign origin too', async () => {
    const agent = supertest.agent(server.listener)
    await agent
      .post('/api/users/login')
      .send({ email: 'admin@newsroom.test', password: PASSWORD })
      .expect(200)
    const forged = await agent.post('/api/graphql').set('Origin', FOREIGN).send({
      query: 'mutation { createTag(data: { name: "Planted via GraphQL", kind: topic }) { id } }',
    })
    expect(forged.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const planted = await server.payload.count({
      collection: 'tags',
      where: { name: { equals: 'Planted via GraphQL' } },
    })
    expect(planted.totalDocs).toBe(0)
  })
})
