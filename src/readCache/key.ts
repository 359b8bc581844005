import { parse } from 'graphql'

import type { DocumentLimits } from '../http/graphqlRequest'
import type { RequestView } from '../http/types'
import { isAuthenticated, isDraftRequest, isGraphQLPost } from './requests'

const queryOnlyMemo = new Map<string, boolean>()

/** Whether a GraphQL document holds queries only: a mutation's answer is never kept. */
const isQueryOnly = (query: string, limits?: DocumentLimits): boolean => {
  // A document past the limits is never parsed for a key: the GraphQL guards refuse it.
  if (limits && query.length > limits.maxLength) return false
  const known = queryOnlyMemo.get(query)
  if (known !== undefined) return known
  let answer = false
  try {
    answer = parse(query, limits && { maxTokens: limits.maxTokens }).definitions.every(
      (definition) => definition.kind !== 'OperationDefinition' || definition.operation === 'query',
    )
  } catch {
    // A query that does not parse is answered with an error, which is never kept anyway.
  }
  if (queryOnlyMemo.size >= 1000) queryOnlyMemo.clear()
  queryOnlyMemo.set(query, answer)
  return answer
}

/**
 * What makes two anonymous reads the same: method, path and query string, the Origin that Payload
 * echoes in CORS headers, and for a GraphQL POST its body (a query, never a mutation). Null for
 * anything signed in, asking for drafts, or not a read.
 */
export const readKey = (
  request: RequestView,
  body?: string,
  limits?: DocumentLimits,
): null | string => {
  if (isAuthenticated(request) || isDraftRequest(request)) return null
  const url = new URL(request.url)
  const origin = request.headers.get('origin') ?? ''
  if (request.method === 'GET') return `GET ${url.pathname}${url.search} ${origin}`
  if (body === undefined || !isGraphQLPost(request)) return null
  let query: unknown
  try {
    query = (JSON.parse(body) as { query?: unknown }).query
  } catch {
    return null
  }
  if (typeof query !== 'string' || !isQueryOnly(query, limits)) return null
  return `POST ${url.pathname}${url.search} ${origin} ${body}`
}
