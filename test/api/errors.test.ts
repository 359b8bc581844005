import { afterAll, beforeAll, expect, test } from 'vitest'

import { JSON_BODY_LIMIT } from '../../src/server'
import { authHeader, graphql, login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createStaff } from '../support/users'

describeWithDatabase('errors a client can act on', () => {
  let server: TestServer
  let editorToken: string

  beforeAll(async () => {
    server = await startTestServer()
    await createStaff(server.payload)
    editorToken = await login(server.http, 'editor@newsroom.test')
  })
  afterAll(async () => server?.stop())

  test('400: an invalid field names the field and what was expected, and nothing is saved', async () => {
    const response = await server.http
      .post('/api/people')
      .set(authHeader(editorToken))
      .send({ name: 'Anders Fogh Rasmussen', wikidataId: 'rasmussen' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([
      {
        label: 'Wikidata ID',
        message: '"rasmussen" is not a Wikidata ID: expected Q followed by digits, e.g. Q7184',
        path: 'wikidataId',
      },
    ])
    const { totalDocs } = await server.payload.count({ collection: 'people' })
    expect(totalDocs).toBe(0)
  })

  test('400: a missing required field is named', async () => {
    const response = await server.http
      .post('/api/tags')
      .set(authHeader(editorToken))
      .send({ kind: 'topic' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe('The following field is invalid: Name')
    expect(response.body.errors[0].data.errors).toEqual([
      { label: 'Name', message: 'This field is required.', path: 'name' },
    ])
  })

  test('401: a wrong password is refused without saying which part was wrong', async () => {
    const response = await server.http
      .post('/api/users/login')
      .send({ email: 'editor@newsroom.test', password: 'not the password' })
    expect(response.status).toBe(401)
    expect(response.body.errors[0].message).toBe('The email or password provided is incorrect.')
  })

  test('403: an anonymous caller cannot write', async () => {
    const response = await server.http.post('/api/articles').send({ headline: 'Unsigned story' })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toBe('You are not allowed to perform this action.')
  })

  test('403: a writer cannot list other accounts or delete one', async () => {
    const writerToken = await login(server.http, 'writer@newsroom.test')
    const list = await server.http.get('/api/users').set(authHeader(writerToken)).expect(200)
    expect(list.body.docs.map((user: { email: string }) => user.email)).toEqual([
      'writer@newsroom.test',
    ])
    const editor = await server.payload.find({
      collection: 'users',
      where: { email: { equals: 'editor@newsroom.test' } },
    })
    const response = await server.http
      .delete(`/api/users/${editor.docs[0]!.id}`)
      .set(authHeader(writerToken))
    expect(response.status).toBe(403)
  })

  test('nobody raises their own role', async () => {
    const writerToken = await login(server.http, 'writer@newsroom.test')
    const me = await server.http.get('/api/users/me').set(authHeader(writerToken)).expect(200)
    await server.http
      .patch(`/api/users/${me.body.user.id}`)
      .set(authHeader(writerToken))
      .send({ role: 'admin' })
    const after = await server.payload.findByID({ collection: 'users', id: me.body.user.id })
    expect(after.role).toBe('writer')
  })

  test('404: a document that does not exist', async () => {
    const response = await server.http.get('/api/articles/987654').set(authHeader(editorToken))
    expect(response.status).toBe(404)
    expect(response.body.errors[0].message).toBe('Not Found')
  })

  test('404: an API route that does not exist is named', async () => {
    const response = await server.http.get('/api/stories')
    expect(response.status).toBe(404)
    expect(response.body.message).toBe('Route not found "/api/stories"')
  })

  test('404: outside the API, in API mode, a JSON error says what was asked', async () => {
    const response = await server.http.get('/nowhere')
    expect(response.status).toBe(404)
    expect(response.body).toEqual({ errors: [{ message: 'Nothing is served at GET /nowhere' }] })
  })

  test('413: a body over the limit is refused before it reaches Payload', async () => {
    const response = await server.http
      .post('/api/tags')
      .set(authHeader(editorToken))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(JSON_BODY_LIMIT) }))
    expect(response.status).toBe(413)
    expect(response.body.errors[0].message).toBe(
      `Request body is larger than the ${JSON_BODY_LIMIT} bytes this endpoint accepts`,
    )
    const { totalDocs } = await server.payload.count({ collection: 'tags' })
    expect(totalDocs).toBe(0)
  })

  test('GraphQL errors come in GraphQL shape with the location of the mistake', async () => {
    const result = await graphql(server.http, '{ Articles { docs { headlin } } }')
    expect(result.data).toBeUndefined()
    expect(result.errors?.[0]?.message).toMatch(
      /Cannot query field "headlin" on type "Article"\. Did you mean "headline"\?/,
    )
    expect(result.errors?.[0]).toHaveProperty('locations')
  })

  test('server errors never carry a stack trace', async () => {
    const response = await server.http.get('/api/articles?where[headline][near]=1,2')
    expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(js|ts):\d+/)
  })
})
