import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'

import type { RequestView } from './caching'
import { isAuthenticated, matchesIfNoneMatch } from './caching'
import type { CachedAnswer } from './readCache'
import { isGraphQLPost, notModifiedHeaders } from './readCache'
import { readBody } from './webBridge'

interface KeptAnswers {
  answerKept: (
    request: RequestView,
    body?: string,
  ) => Promise<{ answer: CachedAnswer | null; onward: (next: () => void) => void }>
}

/** The parts of a Node request the cache reads, without copying its headers into a Web object. */
const nodeRequestView = (req: ExpressRequest, origin: string): RequestView => {
  const header = (name: string): null | string => {
    const value = req.headers[name.toLowerCase()]
    if (value === undefined) return null
    return Array.isArray(value) ? value.join(', ') : value
  }
  return {
    method: req.method,
    // As toWebRequest (webBridge.ts) builds it, so both paths key a read the same way.
    url: new URL(req.originalUrl, origin).href,
    headers: { get: header, has: (name) => header(name) !== null },
  }
}

/**
 * An anonymous GraphQL POST's body, read here for its key and left on `req.body` for the bridge
 * (toWebRequest), which would otherwise find the stream empty. Only a body whose declared length
 * is within the limit: anything else is the bridge's to read and refuse.
 */
const graphQLBody = async (
  req: ExpressRequest,
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

/**
 * Express middleware in front of the Web bridge: an anonymous read (a GET, or a GraphQL query sent
 * by POST) whose answer the read cache holds for the current content version is sent from memory
 * as it is, or as a 304 when the reader already has it. Building the Web request and response,
 * their streams and their garbage cost a hit several times what finding the answer does. Anything
 * else goes on to the bridge, where the same cache computes and keeps the answer.
 */
export const answerKeptReads =
  (cache: KeptAnswers, origin: string, bodyLimit: number) =>
  async (req: ExpressRequest, res: ExpressResponse, next: NextFunction): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'POST') return next()
    const view = nodeRequestView(req, origin)
    let body: string | undefined
    try {
      body = req.method === 'POST' ? await graphQLBody(req, view, bodyLimit) : undefined
    } catch (error) {
      return next(error)
    }
    if (req.method === 'POST' && body === undefined) return next()
    const { answer, onward } = await cache.answerKept(view, body)
    if (!answer) return onward(next)
    const isNotModified =
      answer.etag !== null && matchesIfNoneMatch(req.headers['if-none-match'] ?? null, answer.etag)
    res.status(isNotModified ? 304 : answer.status)
    for (const [name, value] of isNotModified ? notModifiedHeaders(answer) : answer.headers) {
      res.setHeader(name, value)
    }
    res.end(isNotModified ? undefined : answer.body)
  }
