import { randomUUID } from 'node:crypto'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  Payload,
  PayloadRequest,
  Plugin,
} from 'payload'

import { PREVIEW_KEYS_SLUG } from '../access/roles'
import { hasWriteInFlight, moveVersionOutsideTransaction } from '../database/mongodb/contentVersion'
import { SEARCH_DOCUMENTS_SLUG } from '../search/slug'
import { WEBHOOK_DELIVERIES_SLUG, WEBHOOK_ENDPOINTS_SLUG } from '../webhooks/slugs'
import { DELIVERY_STORIES_SLUG } from './delivery/slug'

/**
 * Payload's key-value collection (created by its default database KV adapter, so it needs no
 * schema of ours): one row says which version of the published content is current.
 */
export const KV_COLLECTION = 'payload-kv'
export const CONTENT_VERSION_KEY = 'newsroom:content-version'

/** What an answer cached before any recorded change is keyed on. */
export const FIRST_VERSION = 'first'

/**
 * Collections no anonymous reader may read (accounts, the editorial log, preview keys): their
 * writes never change a cached answer, and some happen all day (every sign-in writes its user's
 * session). test/performance/readCache.test.ts checks that readers really are refused them.
 */
export const PRIVATE_COLLECTIONS: ReadonlySet<string> = new Set([
  'users',
  'editorial-log',
  PREVIEW_KEYS_SLUG,
  // The read model and the search index: copies of what readers see, rewritten when that changes,
  // never a change themselves.
  DELIVERY_STORIES_SLUG,
  SEARCH_DOCUMENTS_SLUG,
  // Webhooks: admins' endpoints and the delivery log, written on every delivery.
  WEBHOOK_ENDPOINTS_SLUG,
  WEBHOOK_DELIVERIES_SLUG,
])

export const hasContentVersion = (payload: Payload): boolean =>
  Boolean(payload.collections[KV_COLLECTION as keyof typeof payload.collections])

const findVersionRow = (payload: Payload) =>
  payload.db.findOne<{ id: number | string; data?: { version?: unknown } }>({
    collection: KV_COLLECTION,
    where: { key: { equals: CONTENT_VERSION_KEY } },
    select: { data: true },
    req: {},
  })

/**
 * One read of one row by its unique key: what every cached answer is checked against. On MongoDB,
 * while a write is between its commit's two version moves, each read gets a version of its own,
 * so no answer is shared (src/database/mongodb/contentVersion.ts says why).
 */
export const readContentVersion = async (payload: Payload): Promise<string> => {
  const data = (await findVersionRow(payload))?.data
  if (hasWriteInFlight(data)) return `in-flight:${randomUUID()}`
  const version = data?.version
  return typeof version === 'string' ? version : FIRST_VERSION
}

/**
 * Writes the version row when Payload starts, so that a save only ever updates it. Were the first
 * save to insert it, saves racing on a fresh database would all find no row and all but one fail
 * on its unique key: on SQLite, where Payload writes without transactions, after their own
 * document was already in (test/performance/contentVersionRow.test.ts).
 */
const writeVersionRow = async (payload: Payload): Promise<void> => {
  if (!hasContentVersion(payload) || (await findVersionRow(payload))) return
  try {
    await payload.db.create({
      collection: KV_COLLECTION,
      data: { key: CONTENT_VERSION_KEY, data: { version: randomUUID() } },
      req: {},
    })
  } catch (error) {
    // Another process starting on the same database at the same moment wrote it first.
    if (!(await findVersionRow(payload))) throw error
  }
}

/**
 * Marks every cached answer out of date, in the transaction of the write that calls it: the new
 * version becomes visible in the same commit as the change. A fresh random value, not a counter, so
 * two writes saving at once can never leave a version that a reader already cached under. On
 * MongoDB, where that shared row would make concurrent writes conflict, it is moved around the
 * commit instead, outside the transaction (src/database/mongodb/contentVersion.ts).
 */
export const bumpContentVersion = async (req: PayloadRequest): Promise<void> => {
  const row = { collection: KV_COLLECTION, key: CONTENT_VERSION_KEY }
  if (await moveVersionOutsideTransaction(req, row)) return
  const data = { data: { version: randomUUID() } }
  const where = { key: { equals: CONTENT_VERSION_KEY } }
  // The row is written when Payload starts, so this is one UPDATE … WHERE key: `atomic` is
  // Payload's own single-statement update (an upsert first looks the row's id up, and every
  // statement of a publish is one more round trip while readers keep the server busy). The upsert
  // below is for a row deleted by hand since: without it, cached answers would never expire.
  const updated = await req.payload.db.updateOne({
    collection: KV_COLLECTION,
    where,
    data,
    options: { atomic: true },
    req,
  })
  if (updated) return
  await req.payload.db.upsert({
    collection: KV_COLLECTION,
    where,
    data: { key: CONTENT_VERSION_KEY, ...data },
    select: {},
    req,
  })
}

/**
 * Saves that write a draft version only, as autosave does all day. Payload then leaves the
 * collection's own row alone (the one readers are served: published content), so nothing a reader
 * sees has changed. Decided as Payload decides it (`isSavingDraft` in its update): a draft save by
 * id that does not ask to publish. Keyed by request and document, because one request may write
 * several documents; the mark is taken when the write's afterChange runs.
 */
const draftOnlySaves = new WeakMap<PayloadRequest, Set<string>>()

const markDraftOnlySaves: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const { id, draft, data } = args as {
    id?: number | string
    draft?: boolean
    data?: { _status?: unknown }
  }
  if (operation !== 'update' || id == null) return
  const marks = draftOnlySaves.get(req) ?? new Set<string>()
  draftOnlySaves.set(req, marks)
  // Set or cleared on every update, so a mark a failed draft save left behind can never excuse
  // a later publish of the same document in the same request (two GraphQL mutations).
  const key = `${collection.slug}:${id}`
  if (draft === true && data?._status !== 'published') marks.add(key)
  else marks.delete(key)
}

/** Whether this update wrote a draft version only (and forgets the mark: it is used once). */
const wasDraftOnly = (req: PayloadRequest, slug: string, id: number | string): boolean =>
  draftOnlySaves.get(req)?.delete(`${slug}:${id}`) ?? false

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (operation === 'update' && wasDraftOnly(req, collection.slug, doc.id)) return doc
  await bumpContentVersion(req)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await bumpContentVersion(req)
  return doc
}

/**
 * Every create, update, publish, unpublish, restore and delete of content readers can see moves
 * the content version on, whichever API or job made it; draft-only saves and private collections
 * do not. A plugin, so it sees the project's collections only (Payload adds its own bookkeeping
 * collections later: their writes, such as document locks on every save and jobs every few
 * seconds, never change what a reader is shown), and runs after each collection's own hooks, so it
 * sees the save as Payload will write it. The version's row is written as Payload starts, after
 * the config's own onInit.
 */
export const contentVersionPlugin: Plugin = (config) => {
  const onInit = config.onInit
  return {
    ...config,
    onInit: async (payload) => {
      await onInit?.(payload)
      await writeVersionRow(payload)
    },
    collections: (config.collections ?? []).map((collection) => {
      if (PRIVATE_COLLECTIONS.has(collection.slug)) return collection
      const hooks = collection.hooks ?? {}
      const hasDrafts =
        typeof collection.versions === 'object' && Boolean(collection.versions.drafts)
      const beforeOperation = hasDrafts
        ? [...(hooks.beforeOperation ?? []), markDraftOnlySaves]
        : hooks.beforeOperation
      return {
        ...collection,
        hooks: {
          ...hooks,
          beforeOperation,
          afterChange: [...(hooks.afterChange ?? []), afterChange],
          afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
        },
      }
    }),
  }
}
