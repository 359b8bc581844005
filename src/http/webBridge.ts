import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

/** A request body over its limit: answered with 413 before Payload sees it. */
export class BodyTooLargeError extends Error {
  readonly status = 413
  constructor(readonly limit: number) {
    super(`Request body is larger than the ${limit} bytes this endpoint accepts`)
  }
}

export const readBody = async (req: IncomingMessage, limit: number): Promise<Buffer> => {
  const declared = Number(req.headers['content-length'] ?? NaN)
  if (declared > limit) throw new BodyTooLargeError(limit)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new BodyTooLargeError(limit)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * Payload's handlers take a Web `Request`; Express gives a Node stream. The body is read here,
 * raw and within its limit, because Payload parses JSON and multipart itself.
 */
export const toWebRequest = async (
  req: ExpressRequest,
  origin: string,
  bodyLimit: number,
): Promise<Request> => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const each of Array.isArray(value) ? value : [value]) headers.append(name, each)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  // Already read at the front when the read cache needed it for a key (front.ts).
  const readAtTheFront = Buffer.isBuffer(req.body) ? (req.body as Buffer) : undefined
  const body = hasBody ? (readAtTheFront ?? (await readBody(req, bodyLimit))) : undefined
  return new Request(new URL(req.originalUrl, origin), {
    method: req.method,
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : undefined,
  })
}

/** Streams a Web `Response` back through Express, keeping every `Set-Cookie` header. */
export const sendWebResponse = async (res: ExpressResponse, response: Response): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as NodeReadableStream)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject)
  })
}
