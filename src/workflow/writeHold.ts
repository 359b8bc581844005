import type { CollectionAfterChangeHook, CollectionAfterErrorHook, PayloadRequest } from 'payload'

import { claimArticleVersion } from '../database/mongodb/articleClaim'
import { lockArticleRow } from '../database/postgres/articleRowLock'
import { readLatestDraft } from './readLatestDraft'

/**
 * The stale-write check (If-Match) and the write must be one step: otherwise two editors who read
 * the same version both pass the check and the later save silently overwrites the earlier one.
 *
 * Postgres: the article's row is locked inside the transaction Payload opened for the save
 * (src/database/postgres/articleRowLock.ts), which holds across processes until commit.
 *
 * The lock runs in beforeChange, after Payload's access and document-lock checks: those read
 * outside the transaction on a second connection, and a save that waited for the lock while
 * holding its own connection could otherwise starve the one holding the lock.
 *
 * MongoDB: one conditional update in the save's transaction claims the article's latest version
 * if it is still the one the client names (src/database/mongodb/articleClaim.ts). Claims hold
 * across processes until commit; a save that meets another's claim is stale, and is refused.
 *
 * SQLite (and MongoDB without a replica set, so without transactions): an in-process queue per
 * article serialises "check, then write" (a SQLite server is one process). Payload runs such
 * saves without a transaction, so the hold ends when the save has been written (afterChange) or
 * has failed (afterError, or the hook's own refusal); with a transaction it ends when the
 * transaction does. A failure that reaches none of these (a GraphQL validation error after the
 * hook) is covered by a lease: the next save of that article then waits at most LEASE_MS, and
 * still compares versions, never writes blindly.
 * libSQL runs statements synchronously, so today one save rarely yields to another mid-way; the
 * queue keeps that true when a hook awaits real I/O.
 */
const LEASE_MS = 10_000

type Release = () => void

const queues = new Map<string, Promise<void>>()
const heldBy = new WeakMap<PayloadRequest, Map<string, Release>>()

const keyOf = (id: number | string): string => `articles:${id}`

const waitInQueue = async (key: string): Promise<Release> => {
  const previous = queues.get(key) ?? Promise.resolve()
  let open: Release = () => {}
  const turn = new Promise<void>((resolve) => (open = resolve))
  const tail = previous.then(() => turn)
  queues.set(key, tail)
  await previous
  let isReleased = false
  const release = () => {
    if (isReleased) return
    isReleased = true
    clearTimeout(lease)
    if (queues.get(key) === tail) queues.delete(key)
    open()
  }
  const lease = setTimeout(release, LEASE_MS)
  lease.unref()
  return release
}

/**
 * A real transaction puts its ID (a string or number) in `req.transactionID` until commit or
 * rollback; without transactions (SQLite) Payload leaves a placeholder object there instead.
 * With a transaction (MongoDB on a replica set), the write is visible to others only once Payload
 * commits, after every hook; Payload clears `req.transactionID` on commit and on rollback alike.
 */
const hasOpenTransaction = (req: PayloadRequest): boolean =>
  typeof req.transactionID === 'string' || typeof req.transactionID === 'number'

const releaseWhenTransactionEnds = (req: PayloadRequest, key: string): void => {
  const poll = setInterval(() => {
    if (hasOpenTransaction(req)) return
    clearInterval(poll)
    heldBy.get(req)?.get(key)?.()
    heldBy.get(req)?.delete(key)
  }, 5)
  poll.unref()
}

/** Where a save stands once it is the only one of its article in progress. */
export interface Hold {
  /**
   * The `updatedAt` a draft read of the article shows now (what a client's If-Match names), not
   * as it stood when Payload read the article for this save.
   */
  updatedAt: null | string
  /** Whether readers see the story now, when the hold read it already (the Postgres row lock). */
  isLive?: boolean
  /** Another save of the article is under way in another transaction (a MongoDB claim met it). */
  isBeingSaved?: boolean
}

/**
 * Makes this save the only one of `id` in progress until its write is done, then says where the
 * article stands now. `basedOn` is the version the client names (a MongoDB claim is conditional on
 * it). A writer that saves no version of its own (the search index reading a story to index it)
 * names none: it never claims on MongoDB, where a claim would turn an editor's save into a
 * conflict, and waits in the in-process queue instead.
 */
export const holdArticleForWrite = async (
  req: PayloadRequest,
  id: number | string,
  basedOn?: string,
): Promise<Hold> => {
  const key = keyOf(id)
  const held = heldBy.get(req) ?? new Map<string, Release>()
  heldBy.set(req, held)
  // A nested save of the same article with the same request already holds it.
  if (!held.has(key)) {
    const locked = await lockArticleRow(req, id)
    if (locked) return locked
    const claim = basedOn === undefined ? null : await claimArticleVersion(req, id, basedOn)
    if (claim === 'claimed-version' && basedOn !== undefined) {
      return { updatedAt: new Date(basedOn).toISOString() }
    }
    if (claim === 'being-saved') return { updatedAt: null, isBeingSaved: true }
    if (claim === null) {
      const release = await waitInQueue(key)
      held.set(key, release)
      if (hasOpenTransaction(req)) releaseWhenTransactionEnds(req, key)
    }
  }
  return { updatedAt: (await readLatestDraft(req, id, ['updatedAt'])).updatedAt ?? null }
}

/** Ends this request's hold on `id`, if it has one. */
export const releaseArticle = (req: PayloadRequest, id: number | string | undefined): void => {
  const held = heldBy.get(req)
  if (!held) return
  const keys = id === undefined ? [...held.keys()] : [keyOf(id)]
  for (const key of keys) {
    held.get(key)?.()
    held.delete(key)
  }
}

export const releaseAfterWrite: CollectionAfterChangeHook = ({ doc, req }) => {
  // Inside a transaction the write is not visible yet; the transaction's end releases it.
  if (!hasOpenTransaction(req)) releaseArticle(req, doc.id)
  return doc
}

export const releaseAfterError: CollectionAfterErrorHook = ({ req }) => {
  releaseArticle(req, undefined)
}
