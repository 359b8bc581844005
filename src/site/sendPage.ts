import type { Request, Response } from 'express'

import {
  ERROR_CACHE_CONTROL,
  PRIVATE_CACHE_CONTROL,
  PUBLIC_CACHE_CONTROL,
  entityTag,
  matchesIfNoneMatch,
} from '../http/caching'

/**
 * How a page may be kept: a published page is public with a strong ETag, as the API's reads are;
 * a preview is one editor's and never stored; a refusal may be fixed a second later.
 */
export type PageKind = 'published' | 'preview' | 'refusal'

const CACHE_CONTROL: Record<PageKind, string> = {
  published: PUBLIC_CACHE_CONTROL,
  preview: PRIVATE_CACHE_CONTROL,
  refusal: ERROR_CACHE_CONTROL,
}

/** Sends a rendered page with the caching its kind allows, or 304 when the client holds it. */
export const sendPage = (
  req: Request,
  res: Response,
  page: { html: string; kind: PageKind; status?: number },
): void => {
  const body = Buffer.from(page.html, 'utf8')
  res.status(page.status ?? 200)
  res.setHeader('Cache-Control', CACHE_CONTROL[page.kind])
  if (page.kind !== 'published') {
    // Search engines keep neither a draft nor a refusal.
    res.setHeader('X-Robots-Tag', 'noindex')
  } else {
    const etag = entityTag(body)
    res.setHeader('ETag', etag)
    if (matchesIfNoneMatch(req.headers['if-none-match'] ?? null, etag)) {
      res.status(304).end()
      return
    }
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Content-Length', String(body.byteLength))
  res.end(body)
}
