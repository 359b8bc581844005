import { AsyncLocalStorage } from 'node:async_hooks'

import { parse } from 'graphql'

import type { RequestView } from './caching'
import {
  PUBLIC_CACHE_CONTROL,
  isAuthenticated,
  isDraftRequest,
  matchesIfNoneMatch,
  reportsErrors,
} from './caching'

type WebHandler = (request: Request) => Promise<Response>

/** A public answer as the HTTP caching layer shaped it: what any anonymous reader may be sent. */
export interface CachedAnswer {
  status: number
  headers: Array<[string, string]>
  body: Uint8Array
  etag: null | string
}

export interface ReadCacheOptions {
  /** The current content version (src/cache/contentVersion.ts): one cheap read of the database. */
  readVersion: () => Promise<string>
  /** How many answers, and how many bytes of them, one process keeps at most. */
  maxEntries?: number
  maxBytes?: number
  /** An answer larger than this is served but not kept. */
  maxAnswerBytes?: number
  /** A GraphQL document past these is never parsed for a key (the guards refuse it). */
  documentLimits?: { maxLength: number; maxTokens: number }
}

type DocumentLimits = ReadCacheOptions['documentLimits']

interface SeenVersion {
  version: string
  /** Reads are numbered as they start, so a slow old read never replaces a newer one. */
  sequence: number
}

/**
 * Requests that arrive together share one read of the version, started only after all of them
 * arrived: a request never trusts a read begun before it came in, so after a write has answered,
 * every later request sees its version.
 */
const sharedVersionReads = (readVersion: () => Promise<string>) => {
  let sequence = 0
  let next: null | Promise<SeenVersion> = null
  return (): Promise<SeenVersion> => {
    next ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      next = null
      const started = ++sequence
      return { version: await readVersion(), sequence: started }
    })
    return next
  }
}

/**
 * The version a request already read at the Node front (answerKept) and found no answer for: its
 * miss then goes on to `wrap` with it, which would otherwise read the version a second time. Set
 * only by this module, never from anything a client sends.
 */
const versionReadAtTheFront = new AsyncLocalStorage<SeenVersion>()

const queryOnlyMemo = new Map<string, boolean>()

/** Whether a GraphQL document holds queries only: a mutation's answer is never kept. */
const isQueryOnly = (query: string, limits: DocumentLimits): boolean => {
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
 * anything signed in, asking for drafts, or not a read; the same for Web and Node views.
 */
const readKeyOf = (request: RequestView, body?: string, limits?: DocumentLimits): null | string => {
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

/** A GraphQL request sent by POST as JSON: the one kind of POST whose body can be a read. */
export const isGraphQLPost = (request: RequestView): boolean =>
  request.method === 'POST' &&
  new URL(request.url).pathname.endsWith('/graphql') &&
  (request.headers.get('content-type')?.includes('application/json') ?? false)

interface Keyed {
  key: null | string
  /** The request to hand on: a POST's body, once read for its key, is given back here. */
  request: Request
}

/** The key of a Web request; a GraphQL POST's body is read for it and handed on in a new request. */
const keyOf = async (request: Request, limits: DocumentLimits): Promise<Keyed> => {
  if (!isGraphQLPost(request) || isAuthenticated(request)) {
    return { key: readKeyOf(request), request }
  }
  const body = await request.text()
  const forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body })
  return { key: readKeyOf(forwarded, body, limits), request: forwarded }
}

/**
 * A GET is kept when the HTTP caching layer made it public. A GraphQL query sent by POST is not
 * HTTP-cacheable, so it is judged here the same way: a whole answer, with no errors and no cookie.
 */
const isKeepable = (request: Request, response: Response): boolean => {
  if (response.status !== 200 || response.headers.has('set-cookie')) return false
  if (request.method === 'GET')
    return response.headers.get('cache-control') === PUBLIC_CACHE_CONTROL
  return /[/+]json\b/.test(response.headers.get('content-type') ?? '')
}

const answerToKeep = async (request: Request, response: Response, maxBytes: number) => {
  if (!isKeepable(request, response)) return { response, answer: null }
  const body = new Uint8Array(await response.arrayBuffer())
  const answer: CachedAnswer = {
    status: response.status,
    headers: [...response.headers],
    body,
    etag: response.headers.get('etag'),
  }
  const isWhole = request.method === 'GET' || !reportsErrors(body)
  return { response: send(answer), answer: isWhole && body.byteLength <= maxBytes ? answer : null }
}

const send = (answer: CachedAnswer): Response =>
  new Response(answer.body as Uint8Array<ArrayBuffer>, {
    status: answer.status,
    headers: answer.headers,
  })

const sendTo = (request: Request, answer: CachedAnswer): Response =>
  answer.etag && matchesIfNoneMatch(request.headers.get('if-none-match'), answer.etag)
    ? notModifiedResponse(answer)
    : send(answer)

const NOT_MODIFIED_HEADERS = new Set(['cache-control', 'etag', 'vary', 'content-location'])

export const notModifiedHeaders = (answer: CachedAnswer): Array<[string, string]> =>
  answer.headers.filter(([name]) => NOT_MODIFIED_HEADERS.has(name.toLowerCase()))

const notModifiedResponse = (answer: CachedAnswer): Response =>
  new Response(null, { status: 304, headers: notModifiedHeaders(answer) })

/** The answers kept for one content version, oldest first, within their bounds. */
class Answers {
  private readonly answers = new Map<string, Promise<CachedAnswer | null>>()
  private bytes = 0

  constructor(
    readonly seen: SeenVersion,
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): Promise<CachedAnswer | null> | undefined {
    const answer = this.answers.get(key)
    if (answer) {
      // Most recently used last, so the least used goes first.
      this.answers.delete(key)
      this.answers.set(key, answer)
    }
    return answer
  }

  pending(key: string, answer: Promise<CachedAnswer | null>): void {
    this.answers.set(key, answer)
    void answer.then((kept) => {
      if (!kept) {
        if (this.answers.get(key) === answer) this.answers.delete(key)
        return
      }
      this.bytes += kept.body.byteLength
      this.evict()
    })
  }

  private evict(): void {
    for (const [key, answer] of this.answers) {
      if (this.answers.size <= this.maxEntries && this.bytes <= this.maxBytes) return
      this.answers.delete(key)
      void answer.then((kept) => {
        if (kept) this.bytes -= kept.body.byteLength
      })
    }
  }
}

/**
 * Keeps the public answers to anonymous reads (REST, the ninjs and JSON-LD routes, GraphQL queries
 * by GET or POST) in this process, keyed on the content version that every write moves on in its
 * own transaction. Each read first asks the database for that version (one indexed row, shared by
 * the requests that arrive together), so a change made through any instance is seen by every
 * instance on the next request. Concurrent misses for one answer wait for a single computation.
 * Signed-in, draft and preview reads, writes and errors are never kept.
 */
export const createReadCache = ({
  readVersion,
  maxEntries = 2000,
  maxBytes = 64 * 1024 * 1024,
  maxAnswerBytes = 2 * 1024 * 1024,
  documentLimits,
}: ReadCacheOptions) => {
  const currentVersion = sharedVersionReads(readVersion)
  let kept: Answers | null = null

  const answersFor = (seen: SeenVersion): Answers | null => {
    if (!kept || seen.sequence > kept.seen.sequence) {
      if (kept?.seen.version !== seen.version) kept = new Answers(seen, maxEntries, maxBytes)
    }
    // A read older than the one the cache follows: answer it fresh, keep nothing from it.
    return kept.seen.version === seen.version ? kept : null
  }

  const wrap =
    (handler: WebHandler): WebHandler =>
    async (incoming) => {
      const { key, request } = await keyOf(incoming, documentLimits)
      if (key === null) return handler(request)
      let seen: SeenVersion
      try {
        seen = versionReadAtTheFront.getStore() ?? (await currentVersion())
      } catch {
        // Without the version nothing can be trusted: answer as if there were no cache.
        return handler(request)
      }
      const answers = answersFor(seen)
      if (!answers) return handler(request)

      const waiting = answers.get(key)
      if (waiting) {
        const answer = await waiting
        return answer ? sendTo(request, answer) : handler(request)
      }
      let settle: (answer: CachedAnswer | null) => void = () => {}
      answers.pending(key, new Promise((resolve) => (settle = resolve)))
      try {
        const { response, answer } = await answerToKeep(
          request,
          await handler(request),
          maxAnswerBytes,
        )
        settle(answer)
        return answer ? sendTo(request, answer) : response
      } catch (error) {
        settle(null)
        throw error
      }
    }

  /**
   * A read answered from memory without building a Web request or response: the hot path, where
   * most of a hit's time went on those objects, their streams and their garbage. What it does not
   * find (a miss, a signed-in or draft read, any doubt about the version) is for `wrap`'s handler:
   * `onward` runs the rest of the request with the version read here, so a miss reads it once.
   */
  const answerKept = async (
    request: RequestView,
    body?: string,
  ): Promise<{ answer: CachedAnswer | null; onward: (next: () => void) => void }> => {
    const passOn = { answer: null, onward: (next: () => void) => next() }
    const key = readKeyOf(request, body, documentLimits)
    if (key === null) return passOn
    let seen: SeenVersion
    try {
      seen = await currentVersion()
    } catch {
      return passOn
    }
    const answer = await answersFor(seen)?.get(key)
    if (answer) return { answer, onward: passOn.onward }
    return { answer: null, onward: (next) => versionReadAtTheFront.run(seen, next) }
  }

  return { wrap, answerKept }
}
