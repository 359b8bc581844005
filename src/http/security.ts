import type { IncomingMessage, ServerResponse } from 'node:http'

import helmet from 'helmet'
import type { RequestHandler } from 'express'

export type HeaderList = ReadonlyArray<readonly [string, string]>

/**
 * Security headers the admin still works under: Next's inline bootstrap scripts need
 * 'unsafe-inline', and development adds eval and the hot-reload socket.
 */
const helmetFor = (isDevelopment: boolean) =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...(isDevelopment ? ['ws:', 'wss:'] : [])],
      },
    },
    // Front ends on other origins embed our media.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    strictTransportSecurity: !isDevelopment,
  })

/**
 * Helmet's headers, worked out once: with no per-request parts (no nonces) they are the same for
 * every response, and setting them from a list costs a cached read far less than helmet's dozen
 * middlewares would on each request. (X-Powered-By, which helmet removes, server.ts turns off.)
 */
export const securityHeaderList = ({ isDevelopment }: { isDevelopment: boolean }): HeaderList => {
  const headers: Array<[string, string]> = []
  const recorder = {
    setHeader: (name: string, value: unknown) => headers.push([name, String(value)]),
    removeHeader: () => {},
  }
  let isComplete = false
  helmetFor(isDevelopment)({} as IncomingMessage, recorder as unknown as ServerResponse, () => {
    isComplete = true
  })
  if (!isComplete) throw new Error('helmet did not set its headers in one synchronous pass')
  return headers
}

/** The security headers on every response Express answers (the front sets them on its own). */
export const securityHeaders =
  (headers: HeaderList): RequestHandler =>
  (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value)
    next()
  }

/** The GraphQL playground page loads its script and styles from a CDN; only it may. */
export const playgroundHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; font-src 'self' data: https://fonts.gstatic.com; img-src 'self' data: https:; connect-src 'self'",
  )
  next()
}
