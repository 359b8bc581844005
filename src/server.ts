import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import type { RequestListener } from 'node:http'

import express from 'express'
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { getPayload, handleEndpoints } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'

import { releaseConnections } from './database/connections'
import { queryFactsOf } from './database/queryFeatures'
import { isKeptFeedPath } from './domain/feeds/paths'
import { withHttpCaching } from './http/caching'
import { errorBody, jsonErrors, notFound } from './http/errors'
import { createFeedRoutes } from './http/feeds'
import { healthz, readyz } from './http/health'
import { withGraphQLGuards } from './http/graphqlGuards'
import { guardedCollections } from './http/guardedCollections'
import { filterSchemaOf } from './http/filterSchema'
import { graphQLNamesOf } from './http/graphqlTargets'
import { createAuthRateLimits, limitUncachedReads } from './http/rateLimit'
import { withRestGuards } from './http/restGuards'
import { playgroundHeaders, securityHeaderList, securityHeaders } from './http/security'
import { signedInChecker } from './http/signedIn'
import type { WebHandler } from './http/types'
import { BodyTooLargeError, sendWebResponse, toWebRequest } from './http/webBridge'
import { createAnswerStore } from './readCache/answers'
import { hasContentVersion, readContentVersion } from './readCache/contentVersion'
import { deliveryAnswer } from './readCache/delivery/answer'
import { deliveryRendererOf } from './readCache/delivery/renderer'
import { hasDeliveryModel, startDeliveryModel } from './readCache/delivery/start'
import { frontDoor, keepTicketOf } from './readCache/frontDoor'
import { searchIndexOf } from './search/searchIndex'
import { startSearchIndex } from './search/start'
import {
  anonymousReadRateLimit,
  graphQLDocumentLimits,
  isReadCountShown,
  loginRateLimit,
  passwordResetRateLimit,
  queryValueLimits,
  trustProxy,
} from './settings'
import { createReaderSite } from './site/readerSite'

export const JSON_BODY_LIMIT = 1024 * 1024
export const UPLOAD_BODY_LIMIT = 12 * 1024 * 1024

export interface ServerOptions {
  /** The Payload config; the project's own by default. Tests pass theirs. */
  config?: Promise<SanitizedConfig> | SanitizedConfig
  /** Serve the admin through Next (`dev` compiles on demand); off in API mode for tests. */
  admin?: false | { dev: boolean }
  /** Run the job queue in this process (scheduled publishing); off for tests, which run it by hand. */
  runJobs?: boolean
}

export interface NewsroomServer {
  /** What to serve: the read cache's front door, then the Express app (src/readCache/frontDoor.ts). */
  listener: RequestListener
  payload: Payload
  /** Closes the database; the HTTP listener is the caller's (see src/start.ts). */
  close: () => Promise<void>
}

const bodyLimitFor = (req: ExpressRequest): number =>
  req.headers['content-type']?.startsWith('multipart/form-data')
    ? UPLOAD_BODY_LIMIT
    : JSON_BODY_LIMIT

/** Hosts one of Payload's `(Request) => Response` handlers on an Express route. */
const bridge =
  (handler: WebHandler, origin: string) =>
  async (req: ExpressRequest, res: ExpressResponse): Promise<void> => {
    let request: Request
    try {
      request = await toWebRequest(req, origin, bodyLimitFor(req))
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        res.status(413).json(errorBody(error.message))
        return
      }
      throw error
    }
    const context = { clientIp: req.ip ?? 'unknown', keep: keepTicketOf(req) }
    await sendWebResponse(res, await handler(request, context))
  }

/**
 * The Express app that `npm start` serves and the tests drive: REST and GraphQL through Payload's
 * own handlers, health checks, and the admin through Next. No business rules live here.
 */
export const createServer = async (options: ServerOptions = {}): Promise<NewsroomServer> => {
  const config = await (options.config ?? (await import('./payload.config')).default)
  const payload = await getPayload({ config, cron: options.runJobs ?? false })
  const isProduction = process.env.NODE_ENV === 'production'
  const origin = config.serverURL || 'http://localhost'
  if (hasDeliveryModel(payload)) startDeliveryModel(payload, { isSwept: options.runJobs ?? false })
  startSearchIndex(payload, { isSwept: options.runJobs ?? false })

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy())
  const security = securityHeaderList({
    isDevelopment: options.admin ? options.admin.dev : !isProduction,
  })
  app.use(securityHeaders(security))

  app.get('/healthz', healthz)
  app.get('/readyz', readyz(payload))

  // graphql-http answers queries sent by GET too (never mutations), which caches can keep.
  // What the guards check each query against: the adapter's ids and operators, every field.
  const { ids, unsupportedOperators } = queryFactsOf(payload.db)
  const schema = filterSchemaOf(config, ids)
  const limits = queryValueLimits()
  const documentLimits = graphQLDocumentLimits()
  const isSignedIn = signedInChecker(payload)
  const collections = guardedCollections(config.collections)
  // Anonymous published reads answered from memory until any write moves the content on.
  const answers = hasContentVersion(payload)
    ? createAnswerStore({ readVersion: () => readContentVersion(payload) })
    : null
  // Reads the front door could not answer from memory are counted per address.
  const limitReads = limitUncachedReads(anonymousReadRateLimit(), { isSignedIn })
  // Rate limits on sign-in and password reset, shared by REST and GraphQL (src/http/rateLimit.ts).
  const authLimits = createAuthRateLimits(
    { login: loginRateLimit(), passwordReset: passwordResetRateLimit() },
    { collections, documentLimits },
  )
  const graphql = bridge(
    authLimits.graphQL(
      // An answer the read cache keeps has passed the guards, body and all (src/http/caching.ts).
      limitReads(
        withGraphQLGuards(withHttpCaching(GRAPHQL_POST(Promise.resolve(config))), {
          unsupportedOperators,
          schema,
          names: graphQLNamesOf(config),
          limits,
          documentLimits,
          isSignedIn,
        }),
      ),
    ),
    origin,
  )
  app.get('/api/graphql', graphql)
  app.post('/api/graphql', graphql)
  // In a deployment only when GRAPHQL_PLAYGROUND switches it on (see payload.config.ts).
  if (!isProduction || !config.graphQL.disablePlaygroundInProduction) {
    app.get(
      '/api/graphql-playground',
      playgroundHeaders,
      bridge(GRAPHQL_PLAYGROUND_GET(Promise.resolve(config)), origin),
    )
  }
  app.use(
    '/api',
    bridge(
      authLimits.rest(
        limitReads(
          withRestGuards(
            withHttpCaching((request) => handleEndpoints({ config, request })),
            { collections, schema, ids, unsupportedOperators, limits, isSignedIn },
          ),
        ),
      ),
      origin,
    ),
  )

  // RSS feeds, sitemaps and robots.txt for the reader site (docs/delivery.md).
  app.use(createFeedRoutes(payload))

  // The reader site: published stories as pages at /, /articles/:slug… (see src/site/).
  app.use(createReaderSite(payload))

  if (options.admin) {
    const nextHandler = await startNext(options.admin.dev)
    app.all('/{*path}', (req, res) => nextHandler(req, res))
  } else {
    app.use(notFound)
  }
  app.use(
    jsonErrors({
      isProduction,
      log: (error) => payload.logger.error({ err: error }, 'request failed'),
    }),
  )

  return {
    listener: frontDoor({
      app,
      store: answers,
      origin,
      bodyLimit: JSON_BODY_LIMIT,
      documentLimits,
      security,
      alsoKeeps: isKeptFeedPath,
      isCountShown: isReadCountShown(),
      model: hasDeliveryModel(payload)
        ? (view, graphqlBody) => deliveryAnswer(payload, view, graphqlBody)
        : undefined,
    }),
    payload,
    close: async () => {
      // Background work ends first: releasing connections under a running query fails loudly.
      if (hasDeliveryModel(payload)) await deliveryRendererOf(payload).stop()
      await searchIndexOf(payload).stop()
      await payload.destroy()
      await releaseConnections(payload.db)
    },
  }
}

type NodeHandler = (req: ExpressRequest, res: ExpressResponse) => Promise<void>

const startNext = async (dev: boolean): Promise<NodeHandler> => {
  const { default: next } = await import('next')
  const nextApp = next({ dev, dir: process.cwd() })
  await nextApp.prepare()
  return nextApp.getRequestHandler() as NodeHandler
}
