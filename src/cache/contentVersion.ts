import { randomUUID } from 'node:crypto'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
  SanitizedConfig,
} from 'payload'

/**
 * Payload's key-value collection (created by its default database KV adapter, so it needs no
 * schema of ours): one row says which version of the published content is current.
 */
export const KV_COLLECTION = 'payload-kv'
const KEY = 'newsroom:content-version'

/** What an answer cached before any recorded change is keyed on. */
export const FIRST_VERSION = 'first'

/**
 * Payload's own bookkeeping: their writes never change what a reader is shown, and some happen on
 * every save (document locks) or every few seconds (jobs), which would empty the cache for nothing.
 */
const BOOKKEEPING = new Set([
  KV_COLLECTION,
  'payload-jobs',
  'payload-locked-documents',
  'payload-migrations',
  'payload-preferences',
])

export const hasContentVersion = (payload: Payload): boolean =>
  Boolean(payload.collections[KV_COLLECTION as keyof typeof payload.collections])

/** One read of one row by its unique key: what every cached answer is checked against. */
export const readContentVersion = async (payload: Payload): Promise<string> => {
  const row = await payload.db.findOne<{ id: number | string; data?: { version?: unknown } }>({
    collection: KV_COLLECTION,
    where: { key: { equals: KEY } },
    select: { data: true },
    req: {},
  })
  const version = row?.data?.version
  return typeof version === 'string' ? version : FIRST_VERSION
}

/**
 * Marks every cached answer out of date, in the transaction of the write that calls it: the new
 * version becomes visible in the same commit as the change. A fresh random value, not a counter, so
 * two writes saving at once can never leave a version that a reader already cached under.
 */
export const bumpContentVersion = async (req: PayloadRequest): Promise<void> => {
  await req.payload.db.upsert({
    collection: KV_COLLECTION,
    where: { key: { equals: KEY } },
    data: { key: KEY, data: { version: randomUUID() } },
    select: {},
    req,
  })
}

const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await bumpContentVersion(req)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await bumpContentVersion(req)
  return doc
}

/**
 * Every create, update, publish, unpublish, restore and delete of content moves the content
 * version on, whichever API or job made it. Runs on the sanitized config, where Payload's own
 * collections are already listed, so they can be left out.
 */
export const bumpContentVersionOnWrites = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    if (BOOKKEEPING.has(collection.slug)) continue
    collection.hooks.afterChange = [...(collection.hooks.afterChange ?? []), afterChange]
    collection.hooks.afterDelete = [...(collection.hooks.afterDelete ?? []), afterDelete]
  }
  return config
}
