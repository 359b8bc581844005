import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'

import type { RequestView } from './caching'
import { isAuthenticated, matchesIfNoneMatch } from './caching'
import type { CachedAnswer, createReadCache } from './readCache'
import { isGraphQLPost, notModifiedHeaders } from './readCache'
import type { HeaderList } from './security'
import { readBody } from './webBridge'

type KeptAnswers = Pick<ReturnType<typeof createReadCache>, 'answerKept'>

interface FrontOptions {
  /** The Express app: everything the front does not answer itself. */
  app: (req: IncomingMessage, res: ServerResponse) => void
  /** The read cache, where the database has a content version to key it on. */
  cache: KeptAnswers | null
  origin: string
  /** The largest GraphQL body the front reads for a key; a larger one is Express's to refuse. */
  bodyLimit: number
  /** The security headers, set on every answer the front sends as Express sets them on its own. */
  security: HeaderList
}

/** The parts of a Node request the cache reads, without copying its headers into a Web object. */
const nodeRequestView = (req: IncomingMessage, origin: string): RequestView => {
  const header = (name: string): null | string => {
    const value = req.headers[name.toLowerCase()]
    if (value === undefined) return null
    return Array.isArray(value) ? value.join(', ') : value
  }
  return {
    method: req.method ?? 'GET',
    // As toWebRequest (webBridge.ts) builds it, so both paths key a read the same way.
    url: new URL(req.url ?? '/', origin).href,
    headers: { get: header, has: (name) => header(name) !== null },
  }
}

/**
 * Where Express serves cached reads: REST and GraphQL under /api. (Express also matches other
 * spellings such as /API; those reads are still cached, by the bridge, just not answered here.)
 */
const isApi = (url: string): boolean =>
  url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')

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
  security: HeaderList,
): void => {
  const isNotModified =
    answer.etag !== null && matchesIfNoneMatch(req.headers['if-none-match'] ?? null, answer.etag)
  res.statusCode = isNotModified ? 304 : answer.status
  for (const [name, value] of security) res.setHeader(name, value)
  for (const [name, value] of isNotModified ? notModifiedHeaders(answer) : answer.headers) {
    res.setHeader(name, value)
  }
  res.end(isNotModified ? undefined : answer.body)
}

/**
 * The server's request listener: a kept anonymous read is sent from here, because Express's
 * per-request set-up costs a cached read several times what finding and sending it does (and
 * under a read flood, every save waits behind that cost). Everything else goes to the app.
 */
export const frontDoor = (options: FrontOptions): RequestListener => {
  const { app, cache, origin, bodyLimit, security } = options
  if (!cache) return app
  const answer = async (
    req: IncomingMessage,
    res: ServerResponse,
    handOn: () => void,
  ): Promise<void> => {
    const view = nodeRequestView(req, origin)
    const body = req.method === 'POST' ? await graphQLBody(req, view, bodyLimit) : undefined
    if (req.method === 'POST' && body === undefined) return handOn()
    const { answer: kept, onward } = await cache.answerKept(view, body)
    if (!kept) return onward(handOn)
    sendKept(req, res, kept, security)
  }
  return (req, res) => {
    const isRead = req.method === 'GET' || req.method === 'POST'
    if (!isRead || !isApi(req.url ?? '')) return app(req, res)
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
