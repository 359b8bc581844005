import helmet from 'helmet'
import type { RequestHandler } from 'express'

/**
 * Security headers the admin still works under: Next's inline bootstrap scripts need
 * 'unsafe-inline', and development adds eval and the hot-reload socket.
 */
export const securityHeaders = ({ isDevelopment }: { isDevelopment: boolean }): RequestHandler =>
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

/** The GraphQL playground page loads its script and styles from a CDN; only it may. */
export const playgroundHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; font-src 'self' data: https://fonts.gstatic.com; img-src 'self' data: https:; connect-src 'self'",
  )
  next()
}
