import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { NO_STORE } from './types'

const READY_TIMEOUT_MS = 2000

/** The process is up; says nothing about the database. */
export const healthz: RequestHandler = (_req, res) => {
  res.set('Cache-Control', NO_STORE).json({ status: 'ok' })
}

/**
 * The database answers a real query within two seconds. Anyone may ask, so the answer says up or
 * down and nothing more: the database's own error text (host names, users, versions) goes to the
 * log for the operator.
 */
export const readyz =
  (payload: Payload): RequestHandler =>
  async (_req, res) => {
    res.set('Cache-Control', NO_STORE)
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([
        payload.count({ collection: 'users', overrideAccess: true }),
        new Promise((_resolve, reject) => {
          timer = setTimeout(
            () => reject(new Error('the database did not answer in time')),
            READY_TIMEOUT_MS,
          )
        }),
      ])
      res.json({ status: 'ready', database: 'up' })
    } catch (error) {
      payload.logger.warn({ err: error }, 'readiness check: the database did not answer')
      res.status(503).json({ status: 'unavailable', database: 'down' })
    } finally {
      clearTimeout(timer)
    }
  }
