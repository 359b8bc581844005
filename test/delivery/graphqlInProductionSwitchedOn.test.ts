import { afterAll, beforeAll, expect, test, vi } from 'vitest'

import { graphql } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

// Before the server and its config are imported (in beforeAll): both read these once.
vi.stubEnv('NODE_ENV', 'production')
vi.stubEnv('NEWSROOM_DEPLOYMENT', 'true')
vi.stubEnv('GRAPHQL_INTROSPECTION', 'true')
vi.stubEnv('GRAPHQL_PLAYGROUND', 'true')

describeWithDatabase(
  'GraphQL in a deployment, with introspection and the playground switched on',
  () => {
    let server: TestServer

    beforeAll(async () => {
      server = await startTestServer()
    })
    afterAll(async () => {
      await server?.stop()
      vi.unstubAllEnvs()
    })

    test('GRAPHQL_INTROSPECTION=true answers introspection queries', async () => {
      const result = await graphql(server.http, '{ __schema { queryType { name } } }')
      expect(result.errors).toBeUndefined()
      expect(result.data?.__schema).toEqual({ queryType: { name: 'Query' } })
    })

    test('GRAPHQL_PLAYGROUND=true serves the playground', async () => {
      const response = await server.http.get('/api/graphql-playground')
      expect(response.status).toBe(200)
      expect(response.text).toContain('GraphQL Playground')
    })
  },
)
