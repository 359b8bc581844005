import { afterAll, beforeAll, expect, test } from 'vitest'

import { createAdmin } from '../../seed/localUsers'
import { seedIfEmpty } from '../../seed/seed'
import { CLOSED_FIRST_ACCOUNT_MESSAGE } from '../../src/access/firstAccount'
import { login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { PASSWORD } from '../support/users'

// Its own file: a deployment, and a database with no accounts at all.
describeWithDatabase('the first account of a deployment', () => {
  let server: TestServer
  beforeAll(async () => {
    process.env.NEWSROOM_DEPLOYMENT = 'true'
    server = await startTestServer()
  })
  afterAll(async () => {
    await server?.stop()
    delete process.env.NEWSROOM_DEPLOYMENT
  })

  const accounts = async () => (await server.payload.count({ collection: 'users' })).totalDocs

  test('is not open to whoever registers first, over REST or GraphQL', async () => {
    const response = await server.http
      .post('/api/users/first-register')
      .send({ email: 'intruder@example.org', password: PASSWORD, name: 'Intruder' })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toBe(CLOSED_FIRST_ACCOUNT_MESSAGE)
    const viaCreate = await server.http
      .post('/api/users')
      .send({ email: 'intruder@example.org', password: PASSWORD, name: 'Intruder', role: 'admin' })
    expect(viaCreate.status).toBe(403)
    const viaGraphQL = await server.http.post('/api/graphql').send({
      query: `mutation { createUser(data: { email: "intruder@example.org", password: "${PASSWORD}", name: "Intruder", role: admin }) { id } }`,
    })
    expect(viaGraphQL.body.data?.createUser ?? null).toBeNull()
    expect(await accounts()).toBe(0)
  })

  test('without settings, the start creates none', async () => {
    const result = await seedIfEmpty(server.payload, {
      env: { NEWSROOM_DEPLOYMENT: 'true', NODE_ENV: 'production' },
    })
    expect(result.users).toEqual([])
    expect(await accounts()).toBe(0)
  })

  test('the start creates the admin named by SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD, and no one else', async () => {
    const result = await seedIfEmpty(server.payload, {
      env: {
        NEWSROOM_DEPLOYMENT: 'true',
        NODE_ENV: 'production',
        SEED_ADMIN_EMAIL: 'chief@example.org',
        SEED_ADMIN_PASSWORD: PASSWORD,
      },
    })
    expect(result.users).toEqual([{ email: 'chief@example.org', role: 'admin' }])
    expect(await accounts()).toBe(1)
    await login(server.http, 'chief@example.org')
  })

  test('create-admin adds another admin, and refuses an email that has an account', async () => {
    await createAdmin(server.payload, { email: 'deputy@example.org', password: PASSWORD })
    await login(server.http, 'deputy@example.org')
    await expect(
      createAdmin(server.payload, { email: 'deputy@example.org', password: 'other password' }),
    ).rejects.toThrow('An account with the email deputy@example.org exists already')
  })

  test('once there is an account, registering the first one is refused as before', async () => {
    const response = await server.http
      .post('/api/users/first-register')
      .send({ email: 'late@example.org', password: PASSWORD, name: 'Late' })
    expect(response.status).toBe(403)
    expect(await accounts()).toBe(2)
  })
})
