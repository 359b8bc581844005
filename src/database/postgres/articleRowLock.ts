import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * The PostgreSQL half of the stale-write check (src/workflow/writeHold.ts): the article's row is
 * locked (SELECT … FOR NO KEY UPDATE) inside the transaction Payload opened for the save. A second
 * save of the same article waits there until the first commits or rolls back, then reads the
 * version the first left behind. Holds across processes; commit releases it. NO KEY: it
 * serialises saves of the article (and Payload's UPDATE of its row) without blocking the
 * foreign-key checks of rows that point at it, such as another story's related link to this one,
 * which a plain FOR UPDATE would hold up, or deadlock with.
 */

/** The article as the lock found it. */
export interface LockedArticle {
  /** Whether readers see the story now. */
  isLive: boolean
  /** The `updatedAt` a draft read of the article shows now (what a client's If-Match names). */
  updatedAt: null | string
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
  throw new Error(`lockArticleRow: ${JSON.stringify(id)} is not a PostgreSQL article id`)
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
export const lockArticleRow = async (
  req: PayloadRequest,
  id: number | string,
): Promise<LockedArticle | null> => {
  const db = req.payload.db as unknown as PostgresSessions
  if (db.name !== 'postgres' || !req.transactionID) return null
  const session = db.sessions?.[String(await req.transactionID)]
  if (!session) return null
  const article = db.tables?.articles
  const versions = db.tables?._articles_v
  // Falling back to the in-process queue would silently lose the lock across processes.
  if (!article || !versions) {
    throw new Error('lockArticleRow: the articles tables are not where Payload names them')
  }
  const at = sql.raw(idLiteral(id))
  const lock = sql`select ${article._status} as status, ${article.updatedAt} as updated_at from ${article} where ${article.id} = ${at} for no key update`
  const draft = sql`select ${versions.version_updatedAt} as updated_at from ${versions} where ${versions.version__status} = 'draft' and ${versions.parent} = ${at} and (${versions.updatedAt} > (select ${article.updatedAt} from ${article} where ${article.id} = ${at}) or ${versions.latest}) order by ${versions.updatedAt} desc, ${versions.createdAt} desc limit 1`
  const results = await session.db.execute(sql.join([lock, draft], sql.raw('; ')))
  if (!Array.isArray(results) || results.length !== 2) {
    throw new Error('lockArticleRow: expected two results from the lock and the draft read')
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
