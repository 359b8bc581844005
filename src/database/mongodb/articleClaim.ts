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
 * what a draft read shows (a newer draft's time, or the published document's). So the save claims
 * the article's latest version document if, and only if, it still has that time:
 *
 * - claimed: the claim is a write in this transaction, which MongoDB keeps to it until commit.
 *   Any other save of the article, in any process, that claims it or writes its versions meanwhile
 *   fails with a write conflict; one that starts after the commit no longer matches.
 * - not matched: the article has most likely moved on. The save then claims the article's own
 *   document instead (unconditionally, so it still excludes every other claimer and publish until
 *   commit), and the caller compares the version a draft read shows now: stale is refused. (An
 *   article whose shown version is on no latest version document, one saved before it had
 *   versions, is judged this way too, under a claim that still excludes every other claimer.)
 * - a write conflict: another save of the article is under way right now, or committed after
 *   this transaction's snapshot was taken: the save is stale either way, and MongoDB has already
 *   aborted its transaction.
 *
 * A claim bumps a counter that is not in Payload's schema (Payload strips it on every read):
 * MongoDB records no write, and so no claim, for an update that changes nothing.
 */
export type ArticleClaim = 'claimed-version' | 'claimed-article' | 'being-saved'

const CLAIMS = 'saveClaims'

interface Model {
  updateOne: (
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
    options: Record<string, unknown>,
  ) => Promise<{ matchedCount: number }>
}

interface MongooseAdapterView {
  name?: string
  sessions?: Record<string, unknown>
  collections?: Record<string, Model>
  versions?: Record<string, Model>
}

/**
 * Claims the article for this save, as above; null when the database is not MongoDB or the save
 * runs without a transaction (a standalone server), where the caller falls back to its
 * in-process queue.
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
  // Mongoose casts the id and the time as Payload stores them; `strict: false` lets the counter
  // through, and `timestamps: false` keeps Mongoose from moving the article's `updatedAt` on.
  const options = { session, strict: false, timestamps: false }
  const claim = { $inc: { [CLAIMS]: 1 } }
  try {
    if (!Number.isNaN(at.getTime())) {
      const latest = { parent: id, latest: true, 'version.updatedAt': at }
      if ((await versions.updateOne(latest, claim, options)).matchedCount === 1) {
        return 'claimed-version'
      }
    }
    await articles.updateOne({ _id: id }, claim, options)
    return 'claimed-article'
  } catch (error) {
    if (isWriteConflict(error) && !isDatabaseUnavailable(error)) return 'being-saved'
    throw error
  }
}
