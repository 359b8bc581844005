import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest, RequestContext } from 'payload'

import { isSaveConflict } from './outages'
import { sqliteClient } from './sqlite/client'

/** How often a MongoDB transaction that lost a write conflict is run again before giving up. */
const ATTEMPTS = 4
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `work` in one database transaction and commits it, or rolls all of it back if anything
 * throws. Every Local API call inside must pass the given `req`. On MongoDB, work that lost a
 * write conflict is run again (so it must be safe to run twice: it is all in the transaction).
 *
 * Payload leaves SQLite transactions off: libSQL runs each one on a fresh connection, which for an
 * in-memory database is a different, empty database. Payload then writes through one connection,
 * so BEGIN IMMEDIATE/COMMIT on that connection makes the work atomic. (Other requests served
 * meanwhile would join it; imports and the seed run in their own process or before the server
 * listens.)
 */
export const inTransaction = async <T>(
  payload: Payload,
  context: RequestContext,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  // MongoDB aborts the whole transaction that loses a write conflict (with an editor's save, or
  // another import); as the driver's own withTransaction does, run it again, a little later.
  for (let attempt = 1; ; attempt += 1) {
    const req = await createLocalReq({ context }, payload)
    const transactionID = await payload.db.beginTransaction()
    if (transactionID == null) break
    req.transactionID = transactionID
    try {
      const result = await work(req)
      await payload.db.commitTransaction(transactionID)
      return result
    } catch (error) {
      await payload.db.rollbackTransaction(transactionID)
      if (attempt >= ATTEMPTS || !isSaveConflict(error)) throw error
      payload.logger.warn(`A transaction lost a write conflict; running it again (${attempt})`)
      await pause(25 * 2 ** attempt * Math.random())
    } finally {
      // As Payload's own commitTransaction(req) does: whenTransactionEnds watches for this.
      delete req.transactionID
    }
  }

  const req = await createLocalReq({ context }, payload)
  const sqlite = sqliteClient(payload)
  if (!sqlite) {
    payload.logger.warn(
      'This database offers no transactions: a failed import may leave a partial article',
    )
    return work(req)
  }
  await sqlite.execute('BEGIN IMMEDIATE')
  try {
    const result = await work(req)
    await sqlite.execute('COMMIT')
    return result
  } catch (error) {
    await sqlite.execute('ROLLBACK')
    throw error
  }
}

/** The `then`s of whenTransactionEnds still waiting for their transaction. */
const waiting = new Set<Promise<void>>()

/**
 * Runs `then` once the transaction `req` is in has ended (committed or rolled back), or at once
 * when it is in none. Payload clears `req.transactionID` at both ends and offers no hook, so it
 * is watched for (as the write hold does, src/workflow/writeHold.ts).
 */
export const whenTransactionEnds = (req: PayloadRequest, then: () => void): void => {
  let ran: () => void = () => {}
  const hasRun = new Promise<void>((resolve) => (ran = resolve))
  waiting.add(hasRun)
  const run = () => {
    waiting.delete(hasRun)
    try {
      then()
    } finally {
      ran()
    }
  }
  const isOpen = () =>
    typeof req.transactionID === 'string' || typeof req.transactionID === 'number'
  if (!isOpen()) {
    setImmediate(run)
    return
  }
  const poll = setInterval(() => {
    if (isOpen()) return
    clearInterval(poll)
    run()
  }, 5)
  poll.unref()
}

/**
 * Resolves once every `then` asked for so far has run: what a test awaits before it counts
 * statements, so the read model's and the search index's work after a save is not counted.
 */
export const transactionEndsHandled = async (): Promise<void> => {
  while (waiting.size > 0) await Promise.all([...waiting])
}

/**
 * Runs `work` in a transaction of its own where Payload keeps them (PostgreSQL, MongoDB on a
 * replica set), else as Payload writes SQLite: without one. For work inside a serving process,
 * where inTransaction's BEGIN on SQLite's one connection would take in other requests' writes.
 */
export const inOwnTransaction = async <T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID == null) return work(req)
  req.transactionID = transactionID
  try {
    const result = await work(req)
    await payload.db.commitTransaction(transactionID)
    return result
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID)
    throw error
  } finally {
    // As Payload's own commitTransaction(req) does: whenTransactionEnds watches for this.
    delete req.transactionID
  }
}
