import type { Request, Response } from 'express'

import { entityTag } from '../http/caching'
import { NO_STORE, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '../http/types'
import { notModifiedHeaders } from '../readCache/notModified'

/**
 * How a page may be kept: a published page is public with a strong ETag, as the API's reads and
 * the feeds are; a preview is one editor's and never stored; a refusal may be fixed a second later.
 */
export type PageKind = 'published' | 'preview' | 'refusal'

const CACHE_CONTROL: Record<PageKind, string> = {
  published: PUBLIC_CACHE_CONTROL,
  preview: PRIVATE_CACHE_CONTROL,
  refusal: NO_STORE,
}

/** Sends a rendered page with the caching its kind allows, or 304 when the client holds it. */
export const sendPage = (
  req: Request,
  res: Response,
  page: { html: string; kind: PageKind; status?: number },
): void => {
  const body = Buffer.from(page.html, 'utf8')
  const headers: Array<[string, string]> = [
    ['Content-Type', 'text/html; charset=utf-8'],
    ['Content-Length', String(body.byteLength)],
    ['Cache-Control', CACHE_CONTROL[page.kind]],
    // Search engines keep neither a draft nor a refusal.
    ...(page.kind === 'published'
      ? ([['ETag', entityTag(body)]] as Array<[string, string]>)
      : ([['X-Robots-Tag', 'noindex']] as Array<[string, string]>)),
  ]
  const notModified = notModifiedHeaders(req.headers['if-none-match'], headers)
  res.status(notModified ? 304 : (page.status ?? 200))
  for (const [name, value] of notModified ?? headers) res.setHeader(name, value)
  res.end(notModified ? undefined : body)
}
