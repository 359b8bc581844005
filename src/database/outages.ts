import type { AfterErrorHook, Payload } from 'payload'

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
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error and is not queryable|cannot begin transaction|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect/i

/** True when `error` (or anything in its `cause` chain) says the database cannot be reached. */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    const { code, message, cause } = current as {
      code?: unknown
      message?: unknown
      cause?: unknown
    }
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
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
