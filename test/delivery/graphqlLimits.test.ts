import { afterAll, beforeAll, expect, test } from 'vitest'

import { MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from '../../src/graphql/limits'
import { graphql } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { queryOfComplexity, queryOfDepth } from './limitQueries'

describeWithDatabase('GraphQL ceilings, outside production', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => server?.stop())

  test('a query at the depth ceiling runs', async () => {
    const result = await graphql(server.http, queryOfDepth(MAX_QUERY_DEPTH))
    expect(result.errors).toBeUndefined()
    expect(result.data?.People).toEqual({ docs: [] })
  })

  test('one level deeper is refused before it runs, saying the limit, the depth and where', async () => {
    const result = await graphql(server.http, queryOfDepth(MAX_QUERY_DEPTH + 1))
    expect(result.data).toBeUndefined()
    expect(result.errors).toHaveLength(1)
    expect(result.errors?.[0]?.message).toMatch(
      new RegExp(
        `^The query exceeds the maximum depth of ${MAX_QUERY_DEPTH}\\. ` +
          `Actual depth is ${MAX_QUERY_DEPTH + 1}, at People > docs > articles > .+ > id\\. ` +
          'Ask for fewer nested levels',
      ),
    )
    expect(result.errors?.[0]).toHaveProperty('locations', [
      { line: 1, column: expect.any(Number) },
    ])
  })

  test('a query at the complexity ceiling runs', async () => {
    const result = await graphql(server.http, queryOfComplexity(MAX_QUERY_COMPLEXITY))
    expect(result.errors).toBeUndefined()
    expect(result.data?.Articles).toEqual({ docs: [] })
  })

  test('one point over the complexity ceiling is refused, saying the limit and the cost', async () => {
    const result = await graphql(server.http, queryOfComplexity(MAX_QUERY_COMPLEXITY + 1))
    expect(result.data).toBeUndefined()
    expect(result.errors?.map((error) => error.message)).toEqual([
      `The query exceeds the maximum complexity of ${MAX_QUERY_COMPLEXITY}. ` +
        `Actual complexity is ${MAX_QUERY_COMPLEXITY + 1}`,
    ])
  })

  test('introspection and the playground are on outside production', async () => {
    const result = await graphql(server.http, '{ __schema { queryType { name } } }')
    expect(result.errors).toBeUndefined()
    expect(result.data?.__schema).toEqual({ queryType: { name: 'Query' } })
    const playground = await server.http.get('/api/graphql-playground')
    expect(playground.status).toBe(200)
    expect(playground.text).toContain('GraphQL Playground')
  })
})
