import type { AfterErrorHook, Payload } from 'payload'

import { TRANSIENT_TRANSACTION_ERROR, hasErrorLabel } from './mongodb/transactions'

// Connection-level failures: the server is down, restarting or unreachable. Not query errors.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
])
/**
 * The MongoDB driver's errors for a server it cannot reach, by name: the driver may be installed
 * more than once, so `instanceof` could miss. A server selection error comes after
 * serverSelectionTimeoutMS (src/database/mongodb/transactions.ts), whatever the underlying cause.
 */
const UNAVAILABLE_MONGODB_ERRORS = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoPoolClearedError',
])
/** MongoDB server codes for a node that cannot take the request now (no primary, shutting down). */
const UNAVAILABLE_MONGODB_CODES = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  89, // NetworkTimeout
  91, // ShutdownInProgress
  189, // PrimarySteppedDown
  9001, // SocketException
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
])

const isMongoDBError = (name: unknown): boolean =>
  typeof name === 'string' && name.startsWith('Mongo')

const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error and is not queryable|cannot begin transaction|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect/i

/** True when `error` (or anything in its `cause` chain) says the database cannot be reached. */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    const { code, message, cause, name } = current as {
      code?: unknown
      message?: unknown
      cause?: unknown
      name?: unknown
    }
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
    if (typeof name === 'string' && UNAVAILABLE_MONGODB_ERRORS.has(name)) return true
    if (typeof code === 'number' && isMongoDBError(name) && UNAVAILABLE_MONGODB_CODES.has(code)) {
      return true
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true
    current = cause
  }
  return false
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable right now, so this request could not be completed. ' +
  'Reload and try again in a moment; a change that failed was not applied in part.'

/**
 * Payload answers any database failure with 500 "Something went wrong."; an outage is a 503 a
 * client can retry, said in words. (The pool itself reconnects: see test/faults/databaseOutage.)
 */
export const databaseUnavailableAfterError: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isDatabaseUnavailable(error)) return
  if (graphqlResult)
    return { graphqlResult: { ...graphqlResult, message: DATABASE_UNAVAILABLE_MESSAGE } }
  return { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
}

export const SAVE_CONFLICT_MESSAGE =
  'Another save changed the same content at the same moment, so nothing of this one was saved. ' +
  'Reload and make your change again.'

/**
 * A MongoDB transaction that lost a write conflict (or timed out waiting for a lock): the server
 * aborted all of it, and running it again would succeed. Not an outage: a network failure inside
 * a transaction carries the same label, and is a 503.
 */
export const isSaveConflict = (error: unknown): boolean =>
  !isDatabaseUnavailable(error) && hasErrorLabel(error, TRANSIENT_TRANSACTION_ERROR)

/**
 * Payload answers a lost write conflict with 500; it is a 409 that says nothing was saved and
 * that trying again will work (see src/database/mongodb/transactions.ts for why Payload's own
 * transactions cannot be re-run for the client).
 */
export const saveConflictAfterError: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isSaveConflict(error)) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: SAVE_CONFLICT_MESSAGE } }
  return { status: 409, response: { errors: [{ message: SAVE_CONFLICT_MESSAGE }] } }
}

type ErrorListener = (error: Error) => void
interface EmitsErrors {
  on: (event: 'error', listener: ErrorListener) => unknown
}
interface ObservedPool {
  _clients?: EmitsErrors[]
  on: ((event: 'error', listener: ErrorListener) => unknown) &
    ((event: 'connect', listener: (client: EmitsErrors) => void) => unknown)
}

/**
 * When PostgreSQL goes away, every idle pooled client and every client held by an open
 * transaction emits 'error'. Payload listens only on the one client it checks out at connect, and
 * an 'error' nobody listens to is an uncaught exception: the whole server would die with the
 * database instead of answering 503 until it is back. So listen, and log: the pool drops dead
 * clients by itself and the next request opens a fresh connection.
 */
export const surviveDatabaseOutages = (payload: Payload): void => {
  const pool = (payload.db as { pool?: ObservedPool }).pool
  if (!pool || typeof pool.on !== 'function') return
  const report: ErrorListener = (error) =>
    payload.logger.warn(`Lost a database connection: ${error.message}`)
  pool.on('error', report)
  pool.on('connect', (client) => client.on('error', report))
  for (const client of pool._clients ?? []) client.on('error', report)
}
