import { afterAll, beforeAll, expect, test, vi } from 'vitest'

import { MAX_QUERY_DEPTH } from '../../src/graphql/limits'
import { graphql } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { queryOfDepth } from './limitQueries'

// Before the server and its config are imported (in beforeAll): both read these once. The
// database gets its schema from the committed migrations, as a production start does.
vi.stubEnv('NODE_ENV', 'production')
vi.stubEnv('NEWSROOM_DEPLOYMENT', 'true')
vi.stubEnv('GRAPHQL_INTROSPECTION', '')
vi.stubEnv('GRAPHQL_PLAYGROUND', '')

describeWithDatabase('GraphQL in a deployment, with nothing switched on', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => {
    await server?.stop()
    vi.unstubAllEnvs()
  })

  test('queries run as usual', async () => {
    const result = await graphql(server.http, '{ Articles { totalDocs } }')
    expect(result.errors).toBeUndefined()
    expect(result.data?.Articles).toEqual({ totalDocs: 0 })
  })

  test('introspection is refused with a GraphQL error that says why', async () => {
    const result = await graphql(server.http, '{ __schema { queryType { name } } }')
    expect(result.data).toBeUndefined()
    expect(result.errors?.map((error) => error.message)).toEqual([
      'GraphQL introspection is not allowed, but the query contained __schema or __type',
    ])
  })

  test('the playground is not served', async () => {
    const response = await server.http.get('/api/graphql-playground')
    expect(response.status).toBe(404)
    expect(response.text).not.toContain('GraphQL Playground')
  })

  test('the depth ceiling holds in a deployment too', async () => {
    const result = await graphql(server.http, queryOfDepth(MAX_QUERY_DEPTH + 1))
    expect(result.errors?.[0]?.message).toMatch(
      `The query exceeds the maximum depth of ${MAX_QUERY_DEPTH}.`,
    )
  })
})
