import { createRateLimiter } from '../domain/security/rateLimiter'
import type { RateLimit, RateLimiter } from '../domain/security/rateLimiter'
import { errorBody } from './errors'
import { mutationFields, readGraphQLRequest } from './graphqlRequest'
import { NO_STORE_HEADERS } from './types'
import type { WebHandler } from './types'

export interface AuthRateLimits {
  /** Failed sign-ins per client address. */
  login: RateLimit | 'off'
  /** Password-reset requests (forgot and reset) per client address, failed or not. */
  passwordReset: RateLimit | 'off'
}

type Kind = 'login' | 'passwordReset'

const REST_ACTIONS: Record<string, Kind> = {
  login: 'login',
  'forgot-password': 'passwordReset',
  'reset-password': 'passwordReset',
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
export const createAuthRateLimits = (limits: AuthRateLimits, now: () => number = Date.now) => {
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
        const { clientIp } = context
        const action = /^\/api\/[^/]+\/([^/]+)\/?$/.exec(new URL(request.url).pathname)?.[1]
        const kind = request.method === 'POST' && action ? REST_ACTIONS[action] : undefined
        if (!kind) return handler(request, context)
        return guard([kind], clientIp, false, () => handler(request, context))
      },
    graphQL:
      (handler: WebHandler): WebHandler =>
      async (request, context) => {
        const { clientIp } = context
        const parsed = request.method === 'POST' ? await readGraphQLRequest(request) : undefined
        const kinds = parsed
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
        return guard(kinds, clientIp, true, () => handler(request, context))
      },
  }
}
