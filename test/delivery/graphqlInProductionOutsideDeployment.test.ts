import { afterAll, beforeAll, expect, test, vi } from 'vitest'

import { graphql } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

// What `npm start` runs on a developer's machine: production mode, not a deployment, no switch.
// Set before the server and its config are imported (in beforeAll): both read these once.
vi.stubEnv('NODE_ENV', 'production')
vi.stubEnv('NEWSROOM_DEPLOYMENT', '')
vi.stubEnv('GRAPHQL_INTROSPECTION', '')
vi.stubEnv('GRAPHQL_PLAYGROUND', '')

describeWithDatabase('GraphQL in production mode outside a deployment (npm start)', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => {
    await server?.stop()
    vi.unstubAllEnvs()
  })

  test('introspection answers, so tools can read the schema', async () => {
    const result = await graphql(server.http, '{ __schema { queryType { name } } }')
    expect(result.errors).toBeUndefined()
    expect(result.data?.__schema).toEqual({ queryType: { name: 'Query' } })
  })

  test('the playground is served', async () => {
    const response = await server.http.get('/api/graphql-playground')
    expect(response.status).toBe(200)
    expect(response.text).toContain('GraphQL Playground')
  })
})
