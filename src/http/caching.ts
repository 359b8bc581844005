import { createHash } from 'node:crypto'

import type { CachedAnswer } from '../readCache/answers'
import { notModifiedHeaders } from '../readCache/notModified'
import { isAuthenticated, isDraftRequest } from '../readCache/requests'
import { NO_STORE, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from './types'
import type { RequestContext, WebHandler } from './types'

/**
 * A shared cache keys on the URL alone unless told otherwise: a signed-in request must not be
 * answered with the anonymous copy, and Payload's CORS header echoes the request's Origin.
 */
const PUBLIC_VARY = ['Origin', 'Authorization', 'Cookie']

/** A strong validator: the same bytes give the same tag, any change a different one. */
export const entityTag = (body: Uint8Array): string =>
  `"${createHash('sha256').update(body).digest('base64url')}"`

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

const varyWith = (headers: Headers): string =>
  [
    ...new Set([
      ...(headers.get('vary') ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      ...PUBLIC_VARY,
    ]),
  ].join(', ')

/** A kept answer as a Web response: 304 when the client already holds it. */
const send = (request: Request, answer: CachedAnswer): Response => {
  const notModified = notModifiedHeaders(request.headers.get('if-none-match'), answer.headers)
  if (notModified) return new Response(null, { status: 304, headers: notModified })
  const body = request.method === 'HEAD' ? null : (answer.body as Uint8Array<ArrayBuffer>)
  return new Response(body, { status: answer.status, headers: answer.headers })
}

/**
 * The public answer to an anonymous read, as any cache may keep it: public for a short while,
 * with its strong tag. The one place it is shaped, for Payload's answers and the read model's.
 */
export const publicAnswer = (status: number, from: Headers, body: Uint8Array): CachedAnswer => {
  const etag = entityTag(body)
  const headers = new Headers(from)
  headers.set('Cache-Control', PUBLIC_CACHE_CONTROL)
  headers.set('ETag', etag)
  headers.set('Vary', varyWith(from))
  headers.set('Content-Length', String(body.byteLength))
  return { status, headers: [...headers], body, etag }
}

/**
 * Answers a cacheable JSON body with its tag (the read cache keeps it, when this read computes it
 * for the cache: `context.keep`), or 304 when the client already holds it.
 */
const publicResponse = async (
  request: Request,
  response: Response,
  context: RequestContext,
): Promise<Response> => {
  // Only JSON is buffered to be hashed: media files and other bodies keep streaming untouched.
  const body = new Uint8Array(await response.arrayBuffer())
  if (reportsErrors(body)) return withHeaders(response, { 'Cache-Control': NO_STORE }, body)
  const answer = publicAnswer(response.status, response.headers, body)
  context.keep?.settle(request.method === 'GET' ? answer : null)
  return send(request, answer)
}

/**
 * A GraphQL query sent by POST is not HTTP-cacheable, so no cache outside this process keeps it;
 * the read cache does, when the front door asked (`context.keep`): a whole answer, with no errors
 * and no cookie. Anything else passes through as it is.
 */
const keptPost = async (response: Response, context: RequestContext): Promise<Response> => {
  const { keep } = context
  const isWholeJson =
    response.status === 200 && isJson(response) && !response.headers.has('set-cookie')
  if (!keep || !isWholeJson) return response
  const body = new Uint8Array(await response.arrayBuffer())
  const answer: CachedAnswer = { status: 200, headers: [...response.headers], body, etag: null }
  keep.settle(reportsErrors(body) ? null : answer)
  return new Response(body, { status: 200, headers: response.headers })
}

/**
 * HTTP caching for Payload's read handlers: what an anonymous reader gets is public for a short
 * while with a strong ETag; anything asked with credentials or for drafts is private and never
 * stored; errors are never stored. Writes pass through untouched.
 */
export const withHttpCaching =
  (handler: WebHandler): WebHandler =>
  async (request, context) => {
    const response = await handler(request, context)
    if (request.method === 'POST') return keptPost(response, context)
    if (request.method !== 'GET' && request.method !== 'HEAD') return response
    if (isAuthenticated(request) || isDraftRequest(request)) {
      return withHeaders(response, { 'Cache-Control': PRIVATE_CACHE_CONTROL })
    }
    if (response.status >= 400) return withHeaders(response, { 'Cache-Control': NO_STORE })
    const isCacheable =
      response.status === 200 && isJson(response) && !response.headers.has('set-cookie')
    return isCacheable ? publicResponse(request, response, context) : response
  }
