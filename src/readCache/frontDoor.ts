import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'

import type { RequestView } from '../http/types'
import { readBody } from '../http/webBridge'
import type { AnswerStore, CachedAnswer, KeepTicket } from './answers'
import { readKey } from './key'
import { notModifiedHeaders } from './notModified'
import { isAuthenticated, isGraphQLPost } from './requests'

interface FrontOptions {
  /** The Express app: everything the front does not answer itself. */
  app: (req: IncomingMessage, res: ServerResponse) => void
  /** The kept answers, where the database has a content version to key them on. */
  store: AnswerStore | null
  origin: string
  /** The largest GraphQL body the front reads for a key; a larger one is Express's to refuse. */
  bodyLimit: number
  /** The security headers, set on every answer the front sends as Express sets them on its own. */
  security: ReadonlyArray<readonly [string, string]>
  /**
   * Serve the counts of anonymous reads by where their answer came from at READ_COUNTS_PATH, for
   * the bench's hit rates (NEWSROOM_READ_COUNTS=1). Off in production: counting is a few integer
   * additions, but where answers come from is nobody else's business.
   */
  isCountShown?: boolean
  /**
   * The delivery read model (src/readCache/delivery/answer.ts): asked for a read the cache has no
   * answer to, before Payload; null when it has none.
   */
  model?: (view: RequestView, graphqlBody: string | undefined) => Promise<CachedAnswer | null>
  /**
   * GETs outside /api whose answers are kept too (path and query): documents that change only when
   * content does, such as feeds and sitemaps. The app settles their ticket (keepTicketOf).
   */
  alsoKeeps?: (url: string) => boolean
}

/** Where the bench reads the counts (bench/load.ts), when the server was asked to show them. */
export const READ_COUNTS_PATH = '/__newsroom/read-counts'

/** Anonymous reads the front keyed, by where their answer came from. */
export interface ReadCounts {
  /** Sent from the read cache. */
  kept: number
  /** Answered by the delivery read model. */
  model: number
  /** Handed on to Payload to compute. */
  computed: number
}

/** The parts of a Node request the key reads, without copying its headers into a Web object. */
const nodeRequestView = (req: IncomingMessage, origin: string): RequestView => {
  const header = (name: string): null | string => {
    const value = req.headers[name.toLowerCase()]
    if (value === undefined) return null
    return Array.isArray(value) ? value.join(', ') : value
  }
  return {
    method: req.method ?? 'GET',
    // As toWebRequest (src/http/webBridge.ts) builds it.
    url: new URL(req.url ?? '/', origin).href,
    headers: { get: header, has: (name) => header(name) !== null },
  }
}

/** Reads under /api, however the path's letters are cased (Express routes them all alike). */
const isApi = (url: string): boolean => /^\/api(?:[/?]|$)/i.test(url)

/** A read the front keys: under /api a GET or a (GraphQL) POST; elsewhere a GET it was told of. */
const isKeptRead = (req: IncomingMessage, alsoKeeps: FrontOptions['alsoKeeps']): boolean => {
  const url = req.url ?? ''
  if (isApi(url)) return req.method === 'GET' || req.method === 'POST'
  return req.method === 'GET' && (alsoKeeps?.(url) ?? false)
}

/**
 * An anonymous GraphQL POST's body, read here for its key and left on `req.body` for the bridge
 * (toWebRequest), which would otherwise find the stream empty. Only a body whose declared length
 * is within the limit: anything else is the bridge's to read and refuse.
 */
const graphQLBody = async (
  req: IncomingMessage & { body?: Buffer },
  view: RequestView,
  limit: number,
): Promise<string | undefined> => {
  if (!isGraphQLPost(view) || isAuthenticated(view)) return undefined
  const declared = Number(req.headers['content-length'] ?? NaN)
  if (!(declared <= limit)) return undefined
  const body = await readBody(req, limit)
  req.body = body
  return body.toString('utf8')
}

const sendKept = (
  req: IncomingMessage,
  res: ServerResponse,
  answer: CachedAnswer,
  security: ReadonlyArray<readonly [string, string]>,
): void => {
  const notModified = notModifiedHeaders(req.headers['if-none-match'], answer.headers)
  res.statusCode = notModified ? 304 : answer.status
  for (const [name, value] of security) res.setHeader(name, value)
  for (const [name, value] of notModified ?? answer.headers) res.setHeader(name, value)
  res.end(notModified ? undefined : answer.body)
}

/** The ticket of a read the front found no answer for, for the app to keep what it computes. */
const tickets = new WeakMap<IncomingMessage, KeepTicket>()

/** Where the app leaves the answer to this request, if the front asked it to keep one. */
export const keepTicketOf = (req: IncomingMessage): KeepTicket | undefined => tickets.get(req)

/**
 * The server's request listener, and the read cache's one way in: an anonymous read is keyed
 * here once, a kept answer is sent from here (Express's per-request set-up costs a cached read
 * several times what finding and sending it does), and a read with no kept answer goes on to the
 * app with a ticket that the HTTP caching layer settles with the public answer it makes
 * (src/http/caching.ts). Everything else goes to the app untouched.
 */
export const frontDoor = (options: FrontOptions): RequestListener => {
  const {
    app,
    store,
    origin,
    bodyLimit,
    security,
    isCountShown = false,
    model,
    alsoKeeps,
  } = options
  if (!store) return app
  const counts: ReadCounts = { kept: 0, model: 0, computed: 0 }
  const answer = async (
    req: IncomingMessage,
    res: ServerResponse,
    handOn: () => void,
  ): Promise<void> => {
    const view = nodeRequestView(req, origin)
    const body = req.method === 'POST' ? await graphQLBody(req, view, bodyLimit) : undefined
    const key = req.method === 'POST' && body === undefined ? null : readKey(view, body)
    if (key === null) return handOn()
    const found = await store.lookUp(key)
    if (found.answer) {
      counts.kept += 1
      return sendKept(req, res, found.answer, security)
    }
    const modelled = model ? await model(view, body).catch(() => null) : null
    if (modelled) {
      counts.model += 1
      found.ticket?.settle(modelled)
      return sendKept(req, res, modelled, security)
    }
    counts.computed += 1
    const { ticket } = found
    if (ticket) {
      tickets.set(req, ticket)
      // Whatever the app answers, the ticket is settled by the end: nothing waits on it forever.
      res.on('close', () => ticket.settle(null))
    }
    handOn()
  }
  return (req, res) => {
    if (isCountShown && req.method === 'GET' && req.url === READ_COUNTS_PATH) {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(counts))
      return
    }
    if (!isKeptRead(req, alsoKeeps)) return app(req, res)
    let isHandedOn = false
    const handOn = () => {
      isHandedOn = true
      app(req, res)
    }
    answer(req, res, handOn).catch(() => {
      if (isHandedOn) return
      // Reading a body within its declared length fails only when the client goes away: the app
      // then meets the same broken stream and answers it as any broken request. A kept answer
      // that failed half-sent cannot be taken back, only cut off.
      if (res.headersSent || res.getHeaderNames().length > 0) res.destroy()
      else handOn()
    })
  }
}
