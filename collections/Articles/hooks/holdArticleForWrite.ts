import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterErrorHook, PayloadRequest } from 'payload'

import { readLatestDraft } from './readLatestDraft'

/**
 * The stale-write check (If-Match) and the write must be one step: otherwise two editors who read
 * the same version both pass the check and the later save silently overwrites the earlier one.
 *
 * Postgres: the article's row is locked (SELECT … FOR NO KEY UPDATE) inside the transaction Payload
 * opened for the save. A second save of the same article waits there until the first commits or
 * rolls back, then reads the version the first left behind. Holds across processes; commit
 * releases it. NO KEY: it serialises saves of the article (and Payload's UPDATE of its row) without
 * blocking the foreign-key checks of rows that point at it, such as another story's related link
 * to this one, which a plain FOR UPDATE would hold up, or deadlock with.
 *
 * The lock runs in beforeChange, after Payload's access and document-lock checks: those read
 * outside the transaction on a second connection, and a save that waited for the lock while
 * holding its own connection could otherwise starve the one holding the lock.
 *
 * SQLite (and MongoDB): an in-process queue per article serialises "check, then write" (a SQLite
 * server is one process). Payload runs SQLite saves without a transaction, so the hold ends when
 * the save has been written (afterChange) or has failed (afterError, or the hook's own refusal);
 * with a transaction (MongoDB) it ends when the transaction does. A failure that reaches none of
 * these (a GraphQL validation error after the hook) is covered by a lease: the next save of that
 * article then waits at most LEASE_MS, and still compares versions, never writes blindly.
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

interface PostgresColumns {
  articles: { id: unknown; _status: unknown; updatedAt: unknown }
  _articles_v: {
    parent: unknown
    version__status: unknown
    version_updatedAt: unknown
    updatedAt: unknown
    createdAt: unknown
    latest: unknown
  }
}

interface PostgresSessions {
  name?: string
  sessions?: Record<string, { db: { execute: (query: unknown) => Promise<unknown> } }>
  tables?: Partial<PostgresColumns>
}

type Rows = { rows?: Array<Record<string, unknown>> }

/**
 * Payload's PostgreSQL ids are serial integers or UUIDs, so one can be written into the statement
 * itself: the two statements below go in one text, which only PostgreSQL's simple protocol (no
 * parameters) accepts.
 */
const idLiteral = (id: number | string): string => {
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id)
  if (
    typeof id === 'string' &&
    /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.test(id)
  ) {
    return `'${id}'`
  }
  throw new Error(`holdArticleForWrite: ${JSON.stringify(id)} is not a PostgreSQL article id`)
}

const isoOf = (value: unknown): null | string =>
  value == null ? null : new Date(value as Date | string).toISOString()

/**
 * Locks the article's row and reads what a draft read shows now, in one round trip: every
 * statement of a save waits for the server's busy thread while readers pile in.
 *
 * The two must still be two statements. In READ COMMITTED each statement takes its own snapshot
 * when it starts, so the read that follows the lock sees whatever a save that held the lock before
 * us committed; a read folded into the locking statement would see the story as it stood before
 * that wait, and let a stale write through. The simple protocol runs a text's statements in order,
 * each with its own snapshot, in the transaction Payload opened.
 *
 * The draft read is Payload's rule for what a draft read shows (replaceWithDraftIfAvailable, which
 * it does not export): the newest draft version saved after the main document or still marked
 * latest, else the main document. The main document's time is read again in the second statement;
 * the lock keeps it as the first statement read it.
 */
const lockPostgresRow = async (req: PayloadRequest, id: number | string): Promise<Hold | null> => {
  const db = req.payload.db as unknown as PostgresSessions
  if (db.name !== 'postgres' || !req.transactionID) return null
  const session = db.sessions?.[String(await req.transactionID)]
  if (!session) return null
  const article = db.tables?.articles
  const versions = db.tables?._articles_v
  // Falling back to the in-process queue would silently lose the lock across processes.
  if (!article || !versions) {
    throw new Error('holdArticleForWrite: the articles tables are not where Payload names them')
  }
  const at = sql.raw(idLiteral(id))
  const lock = sql`select ${article._status} as status, ${article.updatedAt} as updated_at from ${article} where ${article.id} = ${at} for no key update`
  const draft = sql`select ${versions.version_updatedAt} as updated_at from ${versions} where ${versions.version__status} = 'draft' and ${versions.parent} = ${at} and (${versions.updatedAt} > (select ${article.updatedAt} from ${article} where ${article.id} = ${at}) or ${versions.latest}) order by ${versions.updatedAt} desc, ${versions.createdAt} desc limit 1`
  const results = await session.db.execute(sql.join([lock, draft], sql.raw('; ')))
  if (!Array.isArray(results) || results.length !== 2) {
    throw new Error('holdArticleForWrite: expected two results from the lock and the draft read')
  }
  const [locked, drafts] = results as [Rows, Rows]
  const row = locked.rows?.[0]
  // No row: nothing to lock. The save then finds no article, as Payload would.
  if (!row) return null
  const shown = drafts.rows?.[0]
  return {
    isLive: row.status === 'published',
    updatedAt: shown ? isoOf(shown.updated_at) : isoOf(row.updated_at),
  }
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
}

/**
 * Makes this save the only one of `id` in progress until its write is done, then says where the
 * article stands now.
 */
export const holdArticleForWrite = async (
  req: PayloadRequest,
  id: number | string,
): Promise<Hold> => {
  const key = keyOf(id)
  const held = heldBy.get(req) ?? new Map<string, Release>()
  heldBy.set(req, held)
  let locked: Hold | null = null
  // A nested save of the same article with the same request already holds it.
  if (!held.has(key) && !(locked = await lockPostgresRow(req, id))) {
    const release = await waitInQueue(key)
    held.set(key, release)
    if (hasOpenTransaction(req)) releaseWhenTransactionEnds(req, key)
  }
  if (locked) return locked
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
