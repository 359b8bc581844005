import type { PayloadRequest } from 'payload'

import { isDatabaseUnavailable } from '../outages'
import { openTransactionID } from './transactionEnd'
import { isWriteConflict } from './transactions'

/**
 * The MongoDB half of the stale-write check (src/workflow/writeHold.ts): one conditional update,
 * inside the save's transaction, with the version the client based its write on in the filter.
 *
 * The version an If-Match names is the `updatedAt` a draft read shows. On every save Payload
 * writes a version document and marks it `latest`, and that document's `version.updatedAt` is
 * exactly what a draft read shows (a newer draft's time, or the published document's). So the
 * save claims the article's latest version document if, and only if, it still has that time:
 *
 * - matched: the claim is a write in this transaction, which MongoDB keeps to it until commit.
 *   Any other save of the article, in any process, that claims it or writes its versions meanwhile
 *   fails with a write conflict; one that starts after the commit no longer matches.
 * - not matched: the article has moved on (or never had that version): the caller reads what a
 *   draft read shows now and refuses the save as stale.
 * - a write conflict: another save of the article is under way right now, or committed after
 *   this transaction's snapshot was taken: the save is stale either way, and MongoDB has already
 *   aborted its transaction.
 *
 * The claim bumps a counter that is not in Payload's schema (Payload strips it on every read):
 * MongoDB records no write, and so no claim, for an update that changes nothing.
 */
export type ArticleClaim = 'claimed' | 'moved-on' | 'being-saved'

const CLAIMS = 'saveClaims'

interface Model {
  updateOne: (
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
    options: Record<string, unknown>,
  ) => Promise<{ matchedCount: number }>
  exists: (filter: Record<string, unknown>) => { session: (session: unknown) => Promise<unknown> }
}

interface MongooseAdapterView {
  name?: string
  sessions?: Record<string, unknown>
  collections?: Record<string, Model>
  versions?: Record<string, Model>
}

/**
 * Claims the article for this save if its current version is `basedOn`; null when the database
 * is not MongoDB or the save runs without a transaction (a standalone server), where the caller
 * falls back to its in-process queue.
 */
export const claimArticleVersion = async (
  req: PayloadRequest,
  id: number | string,
  basedOn: string,
): Promise<ArticleClaim | null> => {
  const db = req.payload.db as unknown as MongooseAdapterView
  if (db.name !== 'mongoose') return null
  const transactionID = await openTransactionID(req)
  const session = transactionID ? db.sessions?.[transactionID] : undefined
  if (!session) return null
  const versions = db.versions?.articles
  const articles = db.collections?.articles
  // Falling back to the in-process queue would silently lose the claim across processes.
  if (!versions || !articles) throw new Error('claimArticleVersion: no articles models')
  const at = new Date(basedOn)
  if (Number.isNaN(at.getTime())) return 'moved-on'
  // Mongoose casts the id and the time as Payload stores them; `strict: false` lets the counter
  // through, and `timestamps: false` keeps Mongoose from moving the article's `updatedAt` on.
  const options = { session, strict: false, timestamps: false }
  const claim = { $inc: { [CLAIMS]: 1 } }
  try {
    const latest = { parent: id, latest: true, 'version.updatedAt': at }
    if ((await versions.updateOne(latest, claim, options)).matchedCount === 1) return 'claimed'
    // An article saved before it had versions: its own document carries the version.
    if (await versions.exists({ parent: id }).session(session)) return 'moved-on'
    const own = { _id: id, updatedAt: at }
    return (await articles.updateOne(own, claim, options)).matchedCount === 1
      ? 'claimed'
      : 'moved-on'
  } catch (error) {
    if (isWriteConflict(error) && !isDatabaseUnavailable(error)) return 'being-saved'
    throw error
  }
}
