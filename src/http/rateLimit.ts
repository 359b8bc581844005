import { payloadRoute } from '../domain/security/payloadRoute'
import type { RoutedCollection } from '../domain/security/payloadRoute'
import { createRateLimiter } from '../domain/security/rateLimiter'
import type { RateLimit, RateLimiter } from '../domain/security/rateLimiter'
import { isAuthenticated } from '../readCache/requests'
import { errorBody } from './errors'
import { mutationFields, readGraphQLRequest } from './graphqlRequest'
import type { DocumentLimits } from './graphqlRequest'
import { NO_STORE_HEADERS } from './types'
import type { WebHandler } from './types'

export interface AuthRateLimits {
  /** Failed sign-ins per client address. */
  login: RateLimit | 'off'
  /** Password-reset requests (forgot and reset) per client address, failed or not. */
  passwordReset: RateLimit | 'off'
}

type Kind = 'login' | 'passwordReset'

// Payload's auth endpoints, by the path it routes them on (matched as Payload matches them).
const REST_ACTIONS: Record<string, Kind> = {
  '/login': 'login',
  '/forgot-password': 'passwordReset',
  '/reset-password': 'passwordReset',
}
// GraphQL names them after the collection: loginUser, forgotPasswordUser, resetPasswordUser.
const GRAPHQL_ACTIONS: Array<[RegExp, Kind]> = [
  [/^login[A-Z]/, 'login'],
  [/^(forgotPassword|resetPassword)[A-Z]/, 'passwordReset'],
]

const WHAT: Record<Kind, string> = {
  login: 'failed sign-ins',
  passwordReset: 'password-reset requests',
}

const graphQLKind = (field: string): Kind | undefined =>
  GRAPHQL_ACTIONS.find(([pattern]) => pattern.test(field))?.[1]

const tooMany = (kind: Kind, retryAfterSeconds: number, graphQL: boolean): Response => {
  const message = `Too many ${WHAT[kind]} from this address; try again in ${retryAfterSeconds} s`
  const body = graphQL
    ? { errors: [{ message, extensions: { code: 'TOO_MANY_REQUESTS' } }] }
    : errorBody(message)
  return Response.json(body, {
    status: 429,
    headers: { 'Retry-After': String(retryAfterSeconds), ...NO_STORE_HEADERS },
  })
}

/** A failed GraphQL answer comes back 200 with `errors`; a REST one with a 4xx. */
const hasFailed = async (response: Response, graphQL: boolean): Promise<boolean> => {
  if (response.status >= 400) return true
  if (!graphQL) return false
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { errors?: unknown[] } | undefined
  return Array.isArray(body?.errors) && body.errors.length > 0
}

/**
 * Rate limits on signing in and password resets, for REST and GraphQL alike and counted
 * together, per client address. In memory, per process: behind several instances each counts on
 * its own (a shared store such as Redis would be needed to count them together). Failed sign-ins
 * are counted rather than all, so an office behind one address is not locked out by its own
 * morning logins; every reset request counts, since each may send an email. Payload's lockout
 * (maxLoginAttempts) protects each account on top of this.
 */
export const createAuthRateLimits = (
  limits: AuthRateLimits,
  {
    collections,
    documentLimits,
    now = Date.now,
  }: {
    /** The collections and their endpoints, to find the operation Payload will run. */
    collections: readonly RoutedCollection[]
    documentLimits?: DocumentLimits
    now?: () => number
  },
) => {
  const limiters: Partial<Record<Kind, RateLimiter>> = {}
  for (const kind of ['login', 'passwordReset'] as const) {
    const limit = limits[kind]
    if (limit !== 'off') limiters[kind] = createRateLimiter(limit)
  }

  const guard = async (
    kinds: Kind[],
    clientIp: string,
    graphQL: boolean,
    run: () => Promise<Response>,
  ): Promise<Response> => {
    const active = kinds.filter((kind) => limiters[kind])
    for (const kind of active) {
      const decision = limiters[kind]!.check(clientIp, now())
      if (!decision.allowed) return tooMany(kind, decision.retryAfterSeconds, graphQL)
    }
    const response = await run()
    for (const kind of active) {
      if (kind === 'passwordReset' || (await hasFailed(response, graphQL))) {
        limiters[kind]!.record(clientIp, now())
      }
    }
    return response
  }

  return {
    rest:
      (handler: WebHandler): WebHandler =>
      async (request, context) => {
        const route = payloadRoute(request.method, new URL(request.url).pathname, collections)
        const kind = route ? REST_ACTIONS[route.endpoint.path.toLowerCase()] : undefined
        if (!kind) return handler(request, context)
        return guard([kind], context.clientIp, false, () => handler(request, context))
      },
    graphQL:
      (handler: WebHandler): WebHandler =>
      async (request, context) => {
        // graphql-http runs no mutation sent by GET. A document too large to read is refused by
        // the GraphQL guards before anything runs.
        const parsed =
          request.method === 'POST' ? await readGraphQLRequest(request, documentLimits) : undefined
        const kinds =
          parsed && 'document' in parsed
            ? mutationFields(parsed.document).flatMap((f) => graphQLKind(f) ?? [])
            : []
        if (kinds.length === 0) return handler(request, context)
        // Aliases would otherwise try many passwords in one request under one count.
        if (kinds.length > 1) {
          return Response.json(
            {
              errors: [
                {
                  message:
                    'Sign in or reset a password once per request: this one asks for it ' +
                    `${kinds.length} times`,
                  extensions: { code: 'BAD_USER_INPUT' },
                },
              ],
            },
            { status: 400, headers: NO_STORE_HEADERS },
          )
        }
        return guard(kinds, context.clientIp, true, () => handler(request, context))
      },
  }
}

type Authenticates = (request: Request) => Promise<boolean>

const isRead = (request: Request): boolean =>
  request.method === 'GET' ||
  request.method === 'HEAD' ||
  (request.method === 'POST' &&
    (new URL(request.url).pathname.toLowerCase().replace(/\/+$/, '').endsWith('/graphql') ||
      [
        request.headers.get('x-payload-http-method-override'),
        request.headers.get('x-http-method-override'),
      ].some((value) => value?.toUpperCase() === 'GET')))

/**
 * Reads the read cache could not answer, per client address: each costs the database, so one
 * address cannot make the CMS do unbounded work. Answers the read cache's front door sends never
 * reach it, so they are never counted. Every read is counted; past the limit a request is let through only when its
 * credentials are an account's (checked then, so a made-up token buys nothing).
 */
export const limitUncachedReads = (
  limit: RateLimit | 'off',
  { isSignedIn, now = Date.now }: { isSignedIn: Authenticates; now?: () => number },
) => {
  // One count per address, whichever handler (REST or GraphQL) it wraps.
  const limiter = limit === 'off' ? undefined : createRateLimiter(limit)
  return (handler: WebHandler): WebHandler => {
    if (!limiter) return handler
    return async (request, context) => {
      if (!isRead(request)) return handler(request, context)
      const decision = limiter.check(context.clientIp, now())
      if (!decision.allowed && !(isAuthenticated(request) && (await isSignedIn(request)))) {
        const isGraphQL = /\/graphql\/?$/i.test(new URL(request.url).pathname)
        const message = `Too many requests from this address; try again in ${decision.retryAfterSeconds} s`
        return Response.json(
          isGraphQL
            ? { errors: [{ message, extensions: { code: 'TOO_MANY_REQUESTS' } }] }
            : errorBody(message),
          {
            status: 429,
            headers: { 'Retry-After': String(decision.retryAfterSeconds), ...NO_STORE_HEADERS },
          },
        )
      }
      if (decision.allowed) limiter.record(context.clientIp, now())
      return handler(request, context)
    }
  }
}
