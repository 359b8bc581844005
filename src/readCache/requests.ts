import type { RequestView } from '../http/types'

/** A JWT, API key or preview key header, or the admin's session cookie. */
export const isAuthenticated = (request: RequestView): boolean =>
  request.headers.has('authorization') ||
  /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

export const isDraftRequest = (request: RequestView): boolean =>
  new URL(request.url).searchParams.get('draft') === 'true'

/** A GraphQL request sent by POST as JSON: the one kind of POST whose body can be a read. */
export const isGraphQLPost = (request: RequestView): boolean =>
  request.method === 'POST' &&
  new URL(request.url).pathname.endsWith('/graphql') &&
  (request.headers.get('content-type')?.includes('application/json') ?? false)
