import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'

import type { RequestView } from './caching'
import { matchesIfNoneMatch } from './caching'
import type { CachedAnswer } from './readCache'
import { notModifiedHeaders } from './readCache'

interface GetAnswerer {
  answerGet: (
    request: RequestView,
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
    // As toWebRequest (webBridge.ts) builds it, so both paths key a read the same way.
    url: new URL(req.originalUrl, origin).href,
    headers: { get: header, has: (name) => header(name) !== null },
  }
}

/**
 * Express middleware in front of the Web bridge: an anonymous GET whose answer the read cache
 * holds for the current content version is sent from memory as it is (or as a 304 when the reader
 * already has it). Building the Web request and response, their streams and their garbage cost a
 * hit several times what finding the answer does. Anything else goes on to the bridge, where the
 * same cache computes and keeps the answer.
 */
export const answerKeptGets =
  (cache: GetAnswerer, origin: string) =>
  async (req: ExpressRequest, res: ExpressResponse, next: NextFunction): Promise<void> => {
    if (req.method !== 'GET') return next()
    const { answer, onward } = await cache.answerGet(nodeRequestView(req, origin))
    if (!answer) return onward(next)
    const isNotModified =
      answer.etag !== null && matchesIfNoneMatch(req.headers['if-none-match'] ?? null, answer.etag)
    res.status(isNotModified ? 304 : answer.status)
    for (const [name, value] of isNotModified ? notModifiedHeaders(answer) : answer.headers) {
      res.setHeader(name, value)
    }
    res.end(isNotModified ? undefined : answer.body)
  }
