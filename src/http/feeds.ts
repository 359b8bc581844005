import { Router } from 'express'
import type { Request, Response } from 'express'
import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { FEED_PATHS, FEED_SUBJECTS } from '../domain/feeds/paths'
import {
  newsSitemap,
  robotsTxt,
  siteFeed,
  sitemapIndex,
  sitemapPage,
  subjectFeed,
} from '../feeds/feedDocuments'
import type { FeedDocument } from '../feeds/feedDocuments'
import type { CachedAnswer } from '../readCache/answers'
import { keepTicketOf } from '../readCache/frontDoor'
import { notModifiedHeaders } from '../readCache/notModified'
import { entityTag } from './caching'
import { errorBody } from './errors'
import { NO_STORE, PUBLIC_CACHE_CONTROL } from './types'

/**
 * Sends a document as the API sends a public read: a short public lifetime and a strong ETag, 304
 * when the client holds it, and kept by the read cache when its front door asked for it. A feed
 * is the same for everyone (it is read with a reader's access whoever asks), so nothing varies.
 */
const send = (req: Request, res: Response, document: FeedDocument): void => {
  const ticket = keepTicketOf(req)
  if (!document.isFound) {
    ticket?.settle(null)
    res.status(404).set('Cache-Control', NO_STORE).json(errorBody(document.reason))
    return
  }
  const body = Buffer.from(document.body, 'utf8')
  const etag = entityTag(body)
  const headers: Array<[string, string]> = [
    ['Content-Type', document.contentType],
    ['Content-Length', String(body.byteLength)],
    ['Cache-Control', PUBLIC_CACHE_CONTROL],
    ['ETag', etag],
  ]
  const answer: CachedAnswer = { status: 200, headers, body, etag }
  ticket?.settle(answer)
  const notModified = notModifiedHeaders(req.headers['if-none-match'], headers)
  res.status(notModified ? 304 : 200)
  for (const [name, value] of notModified ?? headers) res.setHeader(name, value)
  res.end(notModified ? undefined : body)
}

type Read = (reader: PayloadRequest, req: Request) => Promise<FeedDocument> | FeedDocument

/**
 * RSS feeds, sitemaps and robots.txt on the reader site's paths (src/domain/feeds/paths.ts), each
 * read as an anonymous reader: published stories only, whoever asks.
 */
export const createFeedRoutes = (payload: Payload): Router => {
  const router = Router()
  const serve = (read: Read) => async (req: Request, res: Response) => {
    const reader = await createLocalReq({}, payload)
    send(req, res, await read(reader, req))
  }
  router.get(FEED_PATHS.siteFeed, serve(siteFeed))
  for (const subject of FEED_SUBJECTS) {
    router.get(
      `/${subject}/:slug/feed.xml`,
      serve((reader, req) => subjectFeed(reader, subject, String(req.params.slug))),
    )
  }
  router.get(FEED_PATHS.sitemapIndex, serve(sitemapIndex))
  router.get(
    '/sitemaps/articles-:page.xml',
    serve((reader, req) => sitemapPage(reader, String(req.params.page))),
  )
  router.get(
    FEED_PATHS.newsSitemap,
    serve((reader) => newsSitemap(reader, new Date())),
  )
  router.get(
    FEED_PATHS.robots,
    serve(() => robotsTxt(payload.config.routes.admin)),
  )
  return router
}
