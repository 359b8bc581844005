import { dataShapeProblems } from '../domain/security/dataShape'
import type { FilterSchema, IdFormat } from '../domain/security/filterFields'
import type { ValueLimits } from '../domain/security/filterValues'
import { jsonBodyProblem } from '../domain/security/jsonBody'
import { STAFF_MAX_LIMIT, asksForLargePages, queryProblems } from '../domain/security/queryLimits'
import { invalidDocumentId } from '../domain/security/routeIds'
import { isAuthenticated } from '../readCache/requests'
import { errorBody } from './errors'
import { parseLikePayload } from './guardedCollections'
import type { GuardedCollection } from './guardedCollections'
import { NO_STORE_HEADERS } from './types'
import type { WebHandler } from './types'

export interface RestGuardOptions {
  collections: readonly GuardedCollection[]
  /** Every collection's fields, which each `where`, `sort`, `select` and join is checked against. */
  schema: FilterSchema
  /** How the database adapter writes ids (src/database/queryFeatures.ts). */
  ids: IdFormat
  /** Operators the database adapter lacks (see queryProblems). */
  unsupportedOperators: readonly string[]
  /** Ceilings on the values a filter compares with. */
  limits: ValueLimits
  /** Whether the request is from a signed-in account: staff may read larger pages. */
  isSignedIn: (request: Request) => Promise<boolean>
}

class Refusal {
  constructor(
    readonly status: number,
    readonly message: string,
    readonly problems: string[] = [message],
  ) {}
  get response(): Response {
    const body = { ...errorBody(this.message), problems: this.problems }
    return Response.json(body, { status: this.status, headers: NO_STORE_HEADERS })
  }
}

const isMethodOverrideGet = (request: Request): boolean =>
  request.method === 'POST' &&
  [
    request.headers.get('x-payload-http-method-override'),
    request.headers.get('x-http-method-override'),
  ].some((value) => value?.toUpperCase() === 'GET')

/** The collection and the rest of the path, decoded as Payload decodes it. */
const route = (request: Request, collections: readonly GuardedCollection[]) => {
  const { pathname } = new URL(request.url)
  let segments: string[]
  try {
    segments = pathname.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    throw new Refusal(400, `The path ${pathname} is not valid percent-encoded UTF-8`)
  }
  if (segments.some((segment) => segment.includes('\u0000'))) {
    throw new Refusal(400, `The path ${pathname} contains a NUL character (%00)`)
  }
  const [api, slug, ...rest] = segments
  const collection = collections.find((each) => each.slug === slug)
  return api === 'api' && collection ? { collection, rest, pathname } : undefined
}

const pathRefusal = (
  request: Request,
  found: NonNullable<ReturnType<typeof route>>,
  options: RestGuardOptions,
): Refusal | undefined => {
  const { collection, rest, pathname } = found
  // Payload answers 501 Not Implemented for its internal collections; for a client it is a 404.
  if (collection.endpoints === false) {
    return new Refusal(404, `Nothing is served at ${request.method} ${pathname}`)
  }
  const { ids } = options
  const id = invalidDocumentId(
    collection.endpoints,
    request.method,
    rest,
    ids.kind === 'number' ? 'number' : 'text',
    ids.kind === 'number' ? ids.max : undefined,
  )
  return id === undefined
    ? undefined
    : new Refusal(
        404,
        `Not Found: ${JSON.stringify(id)} is not an id of ${collection.slug} (ids are whole numbers)`,
      )
}

/** The document data of a JSON or multipart write, refused when Payload would fail on it. */
const readData = async (
  request: Request,
  isDocumentWrite: boolean,
): Promise<Record<string, unknown> | undefined> => {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method) || isMethodOverrideGet(request)) {
    return undefined
  }
  const type = request.headers.get('content-type') ?? ''
  let text: string | undefined
  let where = 'The body'
  if (type.startsWith('multipart/form-data')) {
    const form = await request
      .clone()
      .formData()
      .catch(() => {
        throw new Refusal(400, 'The multipart body could not be read: check its boundary and parts')
      })
    const data = form.get('_payload')
    text = typeof data === 'string' ? data : undefined
    where = 'The _payload field'
  } else {
    const raw = await request.clone().text()
    if (!raw.trim()) {
      // Creating or updating a document from nothing failed inside Payload's hooks (a 500).
      if (isDocumentWrite && type.startsWith('application/json')) {
        throw new Refusal(400, 'The body is empty: send a JSON object of fields')
      }
      return undefined
    }
    // Payload reads no other body, and its hooks then meet no data at all (a 500).
    if (!type.startsWith('application/json')) {
      throw new Refusal(
        415,
        'Send the body as application/json (or multipart/form-data for uploads)',
      )
    }
    text = raw
  }
  if (text === undefined) return undefined
  const problem = jsonBodyProblem(text, where)
  if (problem) throw new Refusal(400, problem)
  return JSON.parse(text) as Record<string, unknown>
}

/** The query as Payload will read it, including from a method-override body. */
const readQuery = async (request: Request): Promise<Record<string, unknown>> => {
  const fromUrl = new URL(request.url).search
  if (!isMethodOverrideGet(request)) return fromUrl ? parseLikePayload(fromUrl) : {}
  const body = await request
    .clone()
    .text()
    .catch(() => '')
  const type = request.headers.get('content-type')
  if (type === 'application/x-www-form-urlencoded') return parseLikePayload(`${fromUrl}&${body}`)
  try {
    const data: unknown = JSON.parse(body)
    if (typeof data === 'object' && data !== null) return data as Record<string, unknown>
  } catch {
    // Payload answers a malformed body itself.
  }
  return fromUrl ? parseLikePayload(fromUrl) : {}
}

/**
 * Staff read larger pages than readers (the admin loads linked titles 250 at a time); who is
 * signed in is only asked when a request wants such a page and carries credentials.
 */
const mayReadLargePages = async (
  request: Request,
  query: Record<string, unknown>,
  options: RestGuardOptions,
): Promise<boolean> =>
  asksForLargePages(query) && isAuthenticated(request) && (await options.isSignedIn(request))

/**
 * REST: refuses with a 4xx naming each problem a request Payload would run at any cost (every
 * document at once, `where` nested without end) or fail on with a 5xx: an operator the database
 * lacks, an id that is no id, a path that is not UTF-8, a body that is not an object of fields.
 * Payload's method override (`POST` with `X-Payload-HTTP-Method-Override: GET`) reads as a GET.
 */
export const withRestGuards =
  (handler: WebHandler, options: RestGuardOptions): WebHandler =>
  async (request, context) => {
    try {
      const found = route(request, options.collections)
      const refusal = found && pathRefusal(request, found, options)
      if (refusal) return refusal.response
      const isDocumentWrite =
        found !== undefined &&
        ((request.method === 'POST' && found.rest.length === 0) || request.method === 'PATCH')
      const data = await readData(request, isDocumentWrite)
      const shape = found && data ? dataShapeProblems(data, found.collection.fields) : []
      if (shape.length > 0) throw new Refusal(400, `Invalid data: ${shape.join('; ')}`, shape)
      const query = await readQuery(request)
      const slug = found?.collection.slug ?? ''
      const collection =
        found?.rest[0] === 'versions'
          ? options.schema.versions.get(slug)
          : options.schema.collections.get(slug)
      const problems = queryProblems(query, {
        isRead: request.method === 'GET' || isMethodOverrideGet(request),
        unsupportedOperators: options.unsupportedOperators,
        maxLimit: (await mayReadLargePages(request, query, options)) ? STAFF_MAX_LIMIT : undefined,
        typed: collection && { schema: options.schema, collection, limits: options.limits },
      })
      if (problems.length > 0) {
        throw new Refusal(400, `Invalid query: ${problems.join('; ')}`, problems)
      }
    } catch (error) {
      if (error instanceof Refusal) return error.response
      throw error
    }
    return handler(request, context)
  }
