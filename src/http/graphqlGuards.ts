import type { FilterSchema } from '../domain/security/filterFields'
import type { ValueLimits } from '../domain/security/filterValues'
import { NUL_PROBLEM, inspectValue } from '../domain/security/jsonBody'
import { STAFF_MAX_LIMIT, asksForLargePages, queryProblems } from '../domain/security/queryLimits'
import { isAuthenticated } from '../readCache/requests'
import type { DocumentLimits } from './graphqlRequest'
import { documentProblems, fieldsWithArguments, readGraphQLRequest } from './graphqlRequest'
import { filterTargets } from './graphqlTargets'
import type { GraphQLNames } from './graphqlTargets'
import { NO_STORE_HEADERS } from './types'
import type { WebHandler } from './types'

export interface GraphQLGuardOptions {
  /** Operators the database adapter lacks (see queryProblems). */
  unsupportedOperators: readonly string[]
  /** Every collection's fields, and how Payload names their queries. */
  schema: FilterSchema
  names: GraphQLNames
  /** Ceilings on the values a filter compares with. */
  limits: ValueLimits
  /** How large a document may be, checked before it is parsed whole. */
  documentLimits: DocumentLimits
  /** Whether the request is from a signed-in account: staff may read larger pages. */
  isSignedIn: (request: Request) => Promise<boolean>
}

const refused = (status: number, problems: string[]): Response =>
  Response.json(
    { errors: problems.map((message) => ({ message, extensions: { code: 'BAD_USER_INPUT' } })) },
    { status, headers: NO_STORE_HEADERS },
  )

const asQueryValue = (value: unknown): unknown =>
  typeof value === 'number' || typeof value === 'boolean' ? String(value) : value

/**
 * GraphQL: the REST ceilings on every field's `limit`, `page`, `pagination`, `sort` and `where`
 * (joins included), with variables filled in, each condition checked against its field's type,
 * answered in GraphQL's error shape. A document too long or of too many tokens is refused before
 * it is parsed whole.
 */
export const withGraphQLGuards =
  (handler: WebHandler, options: GraphQLGuardOptions): WebHandler =>
  async (request, context) => {
    // graphql-http answers other types with an empty 415; a client should learn what to send.
    const type = request.headers.get('content-type') ?? ''
    if (request.method === 'POST' && !type.startsWith('application/json')) {
      return refused(415, [
        'Send GraphQL requests as application/json: {"query": "…", "variables": {…}}',
      ])
    }
    const parsed = await readGraphQLRequest(request, options.documentLimits)
    if (!parsed) return handler(request, context)
    if ('problem' in parsed) return refused(400, [parsed.problem])
    const problems = documentProblems(parsed.document, parsed.variables)
    const fields = fieldsWithArguments(parsed.document, parsed.variables)
    if (inspectValue(parsed.variables).hasNul || fields.some((f) => inspectValue(f.args).hasNul)) {
      problems.push(`The request ${NUL_PROBLEM}`)
    }
    if (problems.length > 0) return refused(400, problems)
    const targets = filterTargets(parsed.document, options.schema, options.names)
    const queries = fields.map((field) => ({
      field,
      query: {
        limit: asQueryValue(field.args.limit ?? undefined),
        page: asQueryValue(field.args.page ?? undefined),
        pagination: asQueryValue(field.args.pagination ?? undefined),
        sort: field.args.sort ?? undefined,
        where: field.args.where ?? undefined,
      },
    }))
    const isStaffPage =
      queries.some(({ query }) => asksForLargePages(query)) &&
      isAuthenticated(request) &&
      (await options.isSignedIn(request))
    for (const { field, query } of queries) {
      const target = targets.get(field.node)
      const found = queryProblems(query, {
        isRead: field.operation !== 'mutation',
        unsupportedOperators: options.unsupportedOperators,
        maxLimit: isStaffPage ? STAFF_MAX_LIMIT : undefined,
        typed: target && {
          schema: options.schema,
          collection: target.collection,
          limits: options.limits,
          isGraphQL: true,
          isJoin: target.isJoin,
        },
      })
      problems.push(...found.map((problem) => `${field.name}: ${problem}`))
    }
    return problems.length === 0 ? handler(request, context) : refused(400, problems)
  }
