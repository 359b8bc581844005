import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { PASSWORD, createStaff } from '../support/users'

const LOGINS = 3
const RESETS = 2

// Its own file: the limits are read when the server starts, and kept per server.
describeWithDatabase('rate limits on signing in and password resets', () => {
  let server: TestServer

  beforeAll(async () => {
    process.env.LOGIN_RATE_LIMIT = `${LOGINS}/600`
    process.env.PASSWORD_RESET_RATE_LIMIT = `${RESETS}/600`
    server = await startTestServer()
    await createStaff(server.payload)
  })
  afterAll(async () => {
    await server?.stop()
    delete process.env.LOGIN_RATE_LIMIT
    delete process.env.PASSWORD_RESET_RATE_LIMIT
  })

  // Each test speaks from an address of its own; the proxy on loopback is trusted to name it.
  const from = (address: string) => ({ 'X-Forwarded-For': address })

  test('successful sign-ins never count, however many', async () => {
    for (let n = 0; n < LOGINS + 2; n += 1) {
      const response = await server.http
        .post('/api/users/login')
        .set(from('192.0.2.1'))
        .send({ email: 'writer@newsroom.test', password: PASSWORD })
      expect(response.status).toBe(200)
    }
  })

  test('failed sign-ins over REST and GraphQL count together; past the limit 429 with Retry-After', async () => {
    const address = from('192.0.2.2')
    await server.http
      .post('/api/users/login')
      .set(address)
      .send({ email: 'nobody@newsroom.test', password: 'x' })
      .expect(401)
    await server.http
      .post('/api/users/login')
      .set(address)
      .send({ email: 'someone@newsroom.test', password: 'y' })
      .expect(401)
    const third = await server.http.post('/api/graphql').set(address).send({
      query: 'mutation { loginUser(email: "editor@newsroom.test", password: "z") { token } }',
    })
    expect(third.body.errors?.[0]?.message).toMatch(/incorrect/)

    const refused = await server.http
      .post('/api/users/login')
      .set(address)
      .send({ email: 'editor@newsroom.test', password: PASSWORD })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(
      /^Too many failed sign-ins from this address; try again in \d+ s$/,
    )
    const viaGraphQL = await server.http
      .post('/api/graphql')
      .set(address)
      .send({
        query: `mutation { loginUser(email: "editor@newsroom.test", password: "${PASSWORD}") { token } }`,
      })
    expect(viaGraphQL.status).toBe(429)
    expect(viaGraphQL.headers['retry-after']).toBeDefined()
    expect(viaGraphQL.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Too many failed sign-ins/),
      extensions: { code: 'TOO_MANY_REQUESTS' },
    })

    // Another address is not affected, and the account itself is not locked by this.
    await login(server.http, 'editor@newsroom.test')
  })

  test('one GraphQL request cannot try several passwords under aliases', async () => {
    const response = await server.http.post('/api/graphql').set(from('192.0.2.3')).send({
      query:
        'mutation { a: loginUser(email: "admin@newsroom.test", password: "a") { token } b: loginUser(email: "admin@newsroom.test", password: "b") { token } }',
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe(
      'Sign in or reset a password once per request: this one asks for it 2 times',
    )
    const admin = await server.payload.find({
      collection: 'users',
      where: { email: { equals: 'admin@newsroom.test' } },
      showHiddenFields: true,
    })
    expect((admin.docs[0] as { loginAttempts?: number }).loginAttempts ?? 0).toBe(0)
  })

  test('password-reset requests count, known email or not, REST and GraphQL together', async () => {
    const address = from('192.0.2.4')
    await server.http
      .post('/api/users/forgot-password')
      .set(address)
      .send({ email: 'writer@newsroom.test' })
      .expect(200)
    const second = await server.http
      .post('/api/graphql')
      .set(address)
      .send({ query: 'mutation { forgotPasswordUser(email: "ghost@newsroom.test") }' })
    expect(second.body).toEqual({ data: { forgotPasswordUser: true } })
    const refused = await server.http
      .post('/api/users/forgot-password')
      .set(address)
      .send({ email: 'editor@newsroom.test' })
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/^Too many password-reset requests/)
    const resetWithToken = await server.http
      .post('/api/users/reset-password')
      .set(address)
      .send({ token: 'guessed', password: 'new password' })
    expect(resetWithToken.status).toBe(429)
  })

  describe('however the request is spelled', () => {
    const wrong = { email: 'editor@newsroom.test', password: 'wrong' }
    const right = { email: 'editor@newsroom.test', password: PASSWORD }

    // Payload matches routes without regard to case and drops a trailing slash, so these all
    // sign in: each must be counted as a sign-in.
    const SIGN_IN = [
      '/api/users/LOGIN',
      '/api/users/Login/',
      '/api/users/login//',
      '/api/users/lOgIn',
    ]

    test.each(SIGN_IN)('failed sign-ins at %s are counted, then refused with 429', async (path) => {
      const address = from(`198.51.100.${SIGN_IN.indexOf(path) + 10}`)
      for (let n = 0; n < LOGINS; n += 1) {
        await server.http.post(path).set(address).send(wrong).expect(401)
      }
      const refused = await server.http.post(path).set(address).send(right)
      expect(refused.status).toBe(429)
      // The plain spelling shares the count: it is the same operation.
      expect((await server.http.post('/api/users/login').set(address).send(right)).status).toBe(429)
    })

    // Payload runs nothing for these (404): there is no sign-in to count, and none happens.
    test.each(['/api/users/%6Cogin', '/api/USERS/login', '/API/users/login', '/api//users/login'])(
      '%s signs no one in and tries no password',
      async (path) => {
        const response = await server.http.post(path).set(from('198.51.100.30')).send(right)
        expect(response.status).toBe(404)
        expect(response.body.token).toBeUndefined()
      },
    )

    test('password resets under other spellings count as resets', async () => {
      const address = from('198.51.100.40')
      await server.http
        .post('/api/users/FORGOT-PASSWORD')
        .set(address)
        .send({ email: 'writer@newsroom.test' })
        .expect(200)
      await server.http
        .post('/api/users/Forgot-Password/')
        .set(address)
        .send({ email: 'writer@newsroom.test' })
        .expect(200)
      const refused = await server.http
        .post('/api/users/RESET-PASSWORD')
        .set(address)
        .send({ token: 'guessed', password: 'new password' })
      expect(refused.status).toBe(429)
    })

    const signInMutation = `mutation { loginUser(email: "editor@newsroom.test", password: "wrong") { token } }`

    test.each([
      ['a trailing slash', '/api/graphql/', { query: signInMutation }],
      ['capitals in the path', '/API/GraphQL', { query: signInMutation }],
      [
        'the mutation inside a fragment on Mutation',
        '/api/graphql',
        {
          query:
            'mutation { ...SignIn } fragment SignIn on Mutation { loginUser(email: "editor@newsroom.test", password: "wrong") { token } }',
        },
      ],
      [
        'the mutation picked by operationName beside a query',
        '/api/graphql',
        {
          query: `query Q { __typename } ${signInMutation.replace('mutation', 'mutation M')}`,
          operationName: 'M',
        },
      ],
      [
        'an alias on the one sign-in',
        '/api/graphql',
        { query: signInMutation.replace('loginUser', 'whoever: loginUser') },
      ],
    ])('GraphQL sign-ins sent with %s are counted', async (label, path, body) => {
      // An address of its own per case (its label's length is unique among them).
      const address = from(`198.51.100.${50 + label.length}`)
      for (let n = 0; n < LOGINS; n += 1) {
        const response = await server.http.post(path).set(address).send(body)
        expect(response.status, JSON.stringify(response.body)).toBeLessThan(429)
      }
      const refused = await server.http.post(path).set(address).send(body)
      expect(refused.status).toBe(429)
    })

    test('the JSON escape \\u006c for "l" is read as Payload reads it: a sign-in, counted', async () => {
      const address = from('198.51.100.200')
      const body = `{"query": "mutation { \\u006coginUser(email: \\"editor@newsroom.test\\", password: \\"wrong\\") { token } }"}`
      for (let n = 0; n < LOGINS; n += 1) {
        await server.http
          .post('/api/graphql')
          .set(address)
          .set('Content-Type', 'application/json')
          .send(body)
      }
      const refused = await server.http
        .post('/api/graphql')
        .set(address)
        .set('Content-Type', 'application/json')
        .send(body)
      expect(refused.status).toBe(429)
    })
  })
})
