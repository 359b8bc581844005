import { NUL_PROBLEM, inspectValue } from '../domain/security/jsonBody'
import { queryProblems } from '../domain/security/queryLimits'
import { documentProblems, fieldsWithArguments, readGraphQLRequest } from './graphqlRequest'
import { NO_STORE_HEADERS } from './types'
import type { WebHandler } from './types'

const refused = (status: number, problems: string[]): Response =>
  Response.json(
    { errors: problems.map((message) => ({ message, extensions: { code: 'BAD_USER_INPUT' } })) },
    { status, headers: NO_STORE_HEADERS },
  )

const asQueryValue = (value: unknown): unknown =>
  typeof value === 'number' || typeof value === 'boolean' ? String(value) : value

/**
 * GraphQL: the REST ceilings on every field's `limit`, `page`, `pagination` and `where` (joins
 * included), with variables filled in, answered in GraphQL's error shape. Unknown operators and
 * wrong types the schema itself refuses.
 */
export const withGraphQLGuards =
  (
    handler: WebHandler,
    { unsupportedOperators }: { unsupportedOperators: readonly string[] },
  ): WebHandler =>
  async (request, context) => {
    // graphql-http answers other types with an empty 415; a client should learn what to send.
    const type = request.headers.get('content-type') ?? ''
    if (request.method === 'POST' && !type.startsWith('application/json')) {
      return refused(415, [
        'Send GraphQL requests as application/json: {"query": "…", "variables": {…}}',
      ])
    }
    const parsed = await readGraphQLRequest(request)
    if (!parsed) return handler(request, context)
    const problems = documentProblems(parsed.document, parsed.variables)
    const fields = fieldsWithArguments(parsed.document, parsed.variables)
    if (inspectValue(parsed.variables).hasNul || fields.some((f) => inspectValue(f.args).hasNul)) {
      problems.push(`The request ${NUL_PROBLEM}`)
    }
    if (problems.length > 0) return refused(400, problems)
    for (const field of fields) {
      const { limit, page, pagination, where } = field.args
      const found = queryProblems(
        {
          limit: asQueryValue(limit ?? undefined),
          page: asQueryValue(page ?? undefined),
          pagination: asQueryValue(pagination ?? undefined),
          where: where ?? undefined,
        },
        { isRead: field.operation !== 'mutation', unsupportedOperators },
      )
      problems.push(...found.map((problem) => `${field.name}: ${problem}`))
    }
    return problems.length === 0 ? handler(request, context) : refused(400, problems)
  }
