import { afterAll, beforeAll, expect, test } from 'vitest'

import { MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from '../../src/graphql/limits'
import {
  DEFAULT_GRAPHQL_MAX_COST,
  DEFAULT_GRAPHQL_MAX_QUERY_LENGTH,
  DEFAULT_GRAPHQL_MAX_TOKENS,
} from '../../src/settings'
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

  test('a document longer than GRAPHQL_MAX_QUERY_LENGTH is refused before it is parsed', async () => {
    const query = `{ Articles { docs { id } } }${' '.repeat(DEFAULT_GRAPHQL_MAX_QUERY_LENGTH)}`
    const result = await graphql(server.http, query)
    expect(result.status).toBe(400)
    expect(result.errors?.[0]?.message).toBe(
      `The query is ${query.length} characters long; at most ${DEFAULT_GRAPHQL_MAX_QUERY_LENGTH}. Ask for less in one request, or split it.`,
    )
  })

  test('a document of more than GRAPHQL_MAX_TOKENS tokens is refused before it is validated', async () => {
    const query = `{ ${'a:id '.repeat(DEFAULT_GRAPHQL_MAX_TOKENS / 2)} }`
    const result = await graphql(server.http, query)
    expect(result.status).toBe(400)
    expect(result.errors?.[0]?.message).toMatch(
      new RegExp(`^The query has more than ${DEFAULT_GRAPHQL_MAX_TOKENS} tokens`),
    )
  })

  test('a list costs its limit in rows: a page of 100 runs, the same under many aliases does not', async () => {
    const list = (alias: string) => `${alias}: Articles(limit: 100) { docs { id headline } }`
    const once = await graphql(server.http, `{ ${list('a')} }`)
    expect(once.errors).toBeUndefined()
    // 1 + 100 × (1 + 2) = 301 each; Payload's complexity counts each copy as 4.
    const aliases = Array.from({ length: 34 }, (_, index) => list(`a${index}`))
    const many = await graphql(server.http, `{ ${aliases.join(' ')} }`)
    expect(many.data).toBeUndefined()
    expect(many.errors?.map((error) => error.message)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^The query costs ${34 * 301}, over the ceiling of ${DEFAULT_GRAPHQL_MAX_COST}:`,
        ),
      ),
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
