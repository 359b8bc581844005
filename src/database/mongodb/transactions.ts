/**
 * MongoDB settings for editorial load: what the CMS sets from the client, and what only the server
 * can set (docs/deploy.md, "MongoDB transactions", says the same for operators).
 *
 * Set here, from the client:
 * - Server selection gives up after 5 s instead of the driver's 30 s, so a request to an
 *   unreachable MongoDB answers 503 (src/database/outages.ts) while the reader is still there. A
 *   primary election (about 10 s) then costs a few 503s rather than requests hanging through it.
 * - Transactions read a majority-committed snapshot and commit with majority write concern, so a
 *   save's If-Match check (articleClaim.ts) never judges against, or answers with, a write that a
 *   failover could roll back. Commits wait at most 10 s for the majority.
 * - Retryable writes (the driver's default, kept explicit): the driver retries a commit once on a
 *   network error or an election. It never re-runs a transaction's body.
 * - Indexes are built once, at connect, before any request (Payload's `ensureIndexes`), not in the
 *   background: an index build takes a collection lock that transactions would wait on (below).
 *
 * Not settable from the client:
 * - How long a transaction waits for a lock (`maxTransactionLockRequestTimeoutMillis`, 5 ms by
 *   default) and how long it may live (`transactionLifetimeLimitSeconds`, 60 s) are server
 *   parameters. docker-compose.yml and the test server start mongod with a 1 s lock wait; on a
 *   managed service ask for it, or live with 5 ms, which only bites while an index or collection is
 *   being built.
 * - Two transactions writing one document never wait for each other: the second fails at once
 *   with a write conflict (labelled TransientTransactionError), and only re-running the whole
 *   transaction helps. Payload runs a save's transaction across its hooks and offers no way to
 *   re-run it, so the CMS avoids such conflicts by design instead: the content version is moved
 *   outside the save's transaction (contentVersion.ts), an If-Match save claims its article and
 *   turns a conflict into a 409 (articleClaim.ts), any other conflict answers 409 "try again"
 *   (src/database/outages.ts), and the CMS's own transactions (imports, the seed) are re-run
 *   (src/database/transaction.ts).
 */
import type { Args } from '@payloadcms/db-mongodb'

/**
 * The lock wait the CMS asks of its MongoDB server (`maxTransactionLockRequestTimeoutMillis`, set
 * on the server: docker-compose.yml, the test server), in milliseconds.
 */
export const SERVER_LOCK_WAIT_MS = 1000

export const CONNECTION_OPTIONS: NonNullable<Args['connectOptions']> = {
  serverSelectionTimeoutMS: 5_000,
  connectTimeoutMS: 5_000,
  retryWrites: true,
  autoIndex: false,
}

export const TRANSACTION_OPTIONS: Exclude<Args['transactionOptions'], false | undefined> = {
  readConcern: { level: 'snapshot' },
  writeConcern: { w: 'majority' },
  readPreference: 'primary',
  maxCommitTimeMS: 10_000,
}

/** MongoDB's label for an error after which the whole transaction may be run again. */
export const TRANSIENT_TRANSACTION_ERROR = 'TransientTransactionError'
/** The server's code for a write to a document another transaction is writing. */
export const WRITE_CONFLICT = 112

/** Whether the driver labelled `error` (or anything in its `cause` chain) with `label`. */
export const hasErrorLabel = (error: unknown, label: string): boolean => {
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    const labels = (current as { errorLabels?: unknown }).errorLabels
    if (Array.isArray(labels) && labels.includes(label)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

/** Whether another transaction wrote the same document first (the server's code 112). */
export const isWriteConflict = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    const { code, name } = current as { code?: unknown; name?: unknown }
    if (code === WRITE_CONFLICT && typeof name === 'string' && name.startsWith('Mongo')) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}
