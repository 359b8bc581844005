import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { openTransactionID, whenTransactionEnds } from './transactionEnd'

/**
 * The read cache's content version on MongoDB (src/readCache/contentVersion.ts says what it is).
 *
 * On SQL the version's row is updated inside each write's transaction, so the new version and the
 * change become visible in one commit. On MongoDB that one shared document would make every two
 * concurrent writes conflict: the second transaction to write it is aborted at once (MongoDB
 * transactions do not wait for each other; see transactions.ts) and the save answers an error.
 * So on MongoDB the version document is never written inside a transaction. Each write instead,
 * with single-document updates outside its transaction, which never conflict:
 *
 * 1. before its commit (from the write's afterChange or afterDelete hook): sets a new version and
 *    adds itself to `writesInFlight` (stamped with the server's clock);
 * 2. once its transaction has ended, committed or rolled back: sets a new version again and
 *    removes itself (transactionEnd.ts runs this after the commit has answered, before the save's
 *    response is sent).
 *
 * While any write is in flight, readContentVersion gives every read a version of its own, so the
 * cache neither serves nor shares an answer. Why no reader is ever served a stale answer: a kept
 * answer was computed after its reader read version V with no write in flight. Any write that
 * commits later set a new version in step 1, before its commit, and versions are random and never
 * come back, so no later reader reads V again; any write that committed earlier had finished step
 * 2 (or it would still be in flight), so the answer already shows it. A write that dies between 1
 * and 2 leaves its entry behind: it counts as in flight for LEASE_MS only, longer than MongoDB
 * lets a transaction live (60 s by default), so by then its change is committed or gone, and any
 * answer computed afterwards shows it.
 *
 * The cost: each write makes two single-document updates more, and while writes overlap the cache
 * is bypassed. Without a transaction (a standalone server) a write is already visible when its
 * hook runs, and one update moves the version on.
 */

/** How long an entry in `writesInFlight` counts, in milliseconds. */
export const LEASE_MS = 120_000
export const WRITES_IN_FLIGHT = 'writesInFlight'

/** Whether the version document names a write that is still (or may still be) in flight. */
export const hasWriteInFlight = (data: unknown, now = Date.now()): boolean => {
  const writes = (data as Record<string, unknown> | null | undefined)?.[WRITES_IN_FLIGHT]
  if (typeof writes !== 'object' || writes === null) return false
  return Object.values(writes).some((since) => {
    const at = new Date(since as Date | string).getTime()
    return Number.isFinite(at) && now - at < LEASE_MS
  })
}

/** Transactions whose version moves are arranged: a transaction writing many documents moves it once. */
const arranged = new WeakMap<object, Set<string>>()

interface RawCollection {
  updateOne: (
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
    options?: Record<string, unknown>,
  ) => Promise<unknown>
}

interface MongooseAdapterView {
  name?: string
  collections?: Record<string, { collection: RawCollection }>
}

/** Where the version document lives, as the read cache names it. */
export interface VersionDocument {
  collection: string
  key: string
}

/**
 * Moves the content version on as described above, when the database is MongoDB; says whether it
 * did (on SQL it does nothing, and the caller updates the row in the write's transaction).
 */
export const moveVersionOutsideTransaction = async (
  req: PayloadRequest,
  { collection, key }: VersionDocument,
): Promise<boolean> => {
  const db = req.payload.db as unknown as MongooseAdapterView
  if (db.name !== 'mongoose') return false
  const versions = db.collections?.[collection]?.collection
  if (!versions) throw new Error(`The content version's collection ${collection} is not there`)
  // The raw collection, with no session: outside the write's transaction.
  const move = (update: Record<string, unknown>) =>
    versions.updateOne(
      { key },
      { ...update, $set: { 'data.version': randomUUID() } },
      { upsert: true },
    )

  const transactionID = await openTransactionID(req)
  if (!transactionID) {
    await move({})
    return true
  }
  const inFlight = arranged.get(db) ?? new Set<string>()
  arranged.set(db, inFlight)
  if (inFlight.has(transactionID)) return true
  const entry = `data.${WRITES_IN_FLIGHT}.${transactionID}`
  await move({ $currentDate: { [entry]: true } })
  inFlight.add(transactionID)
  whenTransactionEnds(db, transactionID, async () => {
    inFlight.delete(transactionID)
    await move({ $unset: { [entry]: '' } })
  })
  return true
}
