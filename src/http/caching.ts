import { createHash } from 'node:crypto'

/** A minute fresh, then served stale for five more while a cache revalidates in the background. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'
/** An error may be fixed a second later (a story published, a server back): nobody keeps it. */
export const ERROR_CACHE_CONTROL = 'no-store'
/**
 * A shared cache keys on the URL alone unless told otherwise: a signed-in request must not be
 * answered with the anonymous copy, and Payload's CORS header echoes the request's Origin.
 */
const PUBLIC_VARY = ['Origin', 'Authorization', 'Cookie']

type WebHandler = (request: Request) => Promise<Response>

/** What these checks read of a request: a Web `Request`, or a light view of a Node one. */
export type RequestView = Pick<Request, 'method' | 'url'> & {
  headers: Pick<Headers, 'get' | 'has'>
}

/** A JWT, API key or preview key header, or the admin's session cookie. */
export const isAuthenticated = (request: RequestView): boolean =>
  request.headers.has('authorization') ||
  /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

export const isDraftRequest = (request: RequestView): boolean =>
  new URL(request.url).searchParams.get('draft') === 'true'

/** A strong validator: the same bytes give the same tag, any change a different one. */
export const entityTag = (body: Uint8Array): string =>
  `"${createHash('sha256').update(body).digest('base64url')}"`

/** If-None-Match compares weakly (RFC 9110 13.1.2): `*`, or any listed tag with or without W/. */
export const matchesIfNoneMatch = (header: null | string, etag: string): boolean => {
  if (!header) return false
  if (header.trim() === '*') return true
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}

const isJson = (response: Response): boolean =>
  /[/+]json\b/.test(response.headers.get('content-type') ?? '')

// GraphQL answers 200 with `errors` when a query fails in part; that is no answer to keep.
export const reportsErrors = (body: Uint8Array): boolean => {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(body)) as { errors?: unknown }
    return Array.isArray(parsed?.errors) && parsed.errors.length > 0
  } catch {
    return true
  }
}

const NULL_BODY_STATUSES = new Set([204, 205, 304])

const withHeaders = (
  response: Response,
  set: Record<string, string>,
  body: BodyInit | null = response.body,
): Response => {
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(set)) headers.set(name, value)
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

const varyWith = (response: Response): string =>
  [
    ...new Set([
      ...(response.headers.get('vary') ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      ...PUBLIC_VARY,
    ]),
  ].join(', ')

/** Answers a cacheable JSON body with its tag, or 304 when the client already holds it. */
const publicResponse = async (request: Request, response: Response): Promise<Response> => {
  // Only JSON is buffered to be hashed: media files and other bodies keep streaming untouched.
  const body = new Uint8Array(await response.arrayBuffer())
  if (reportsErrors(body)) {
    return withHeaders(response, { 'Cache-Control': ERROR_CACHE_CONTROL }, body)
  }
  const etag = entityTag(body)
  const cacheHeaders = {
    'Cache-Control': PUBLIC_CACHE_CONTROL,
    ETag: etag,
    Vary: varyWith(response),
  }
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
    const headers = new Headers(cacheHeaders)
    const contentLocation = response.headers.get('content-location')
    if (contentLocation) headers.set('Content-Location', contentLocation)
    return new Response(null, { status: 304, headers })
  }
  const length = { 'Content-Length': String(body.byteLength) }
  return withHeaders(
    response,
    { ...cacheHeaders, ...length },
    request.method === 'HEAD' ? null : body,
  )
}

/**
 * HTTP caching for Payload's read handlers: what an anonymous reader gets is public for a short
 * while with a strong ETag; anything asked with credentials or for drafts is private and never
 * stored; errors are never stored. Writes pass through untouched.
 */
export const withHttpCaching =
  (handler: WebHandler): WebHandler =>
  async (request) => {
    const response = await handler(request)
    if (request.method !== 'GET' && request.method !== 'HEAD') return response
    if (isAuthenticated(request) || isDraftRequest(request)) {
      return withHeaders(response, { 'Cache-Control': PRIVATE_CACHE_CONTROL })
    }
    if (response.status >= 400)
      return withHeaders(response, { 'Cache-Control': ERROR_CACHE_CONTROL })
    const isCacheable =
      response.status === 200 && isJson(response) && !response.headers.has('set-cookie')
    return isCacheable ? publicResponse(request, response) : response
  }
