import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { slugify } from '../../src/domain/slug'
import { inTransaction } from '../../src/database/transaction'
import { articleData } from './articleData'
import type { Id, PoolIds } from './articleData'
import { DEFAULT_SEED, planArticle, planPools } from './plan'

const BATCH = 250
const POOL_CREATED_AT = '2025-01-01T00:00:00.000Z'

type PoolCollection = 'organizations' | 'people' | 'sections' | 'tags'

/** What Payload stores for a registry entry made with a name only (defaults filled in). */
const poolData = (collection: PoolCollection, name: string): Record<string, unknown> => {
  const common = {
    name,
    generateSlug: false,
    slug: slugify(name),
    description: null,
    isSeeded: false,
    createdAt: POOL_CREATED_AT,
    updatedAt: POOL_CREATED_AT,
  }
  switch (collection) {
    case 'sections':
      return common
    case 'tags':
      return { ...common, kind: 'topic', aliases: [] }
    case 'people':
      return { ...common, aliases: [], positions: [], wikidataId: null }
    case 'organizations':
      return {
        ...common,
        acronym: null,
        aliases: [],
        kind: 'other',
        parent: null,
        country: null,
        wikidataId: null,
      }
  }
}

const createRow = async (
  payload: Payload,
  req: PayloadRequest,
  collection: CollectionSlug,
  data: Record<string, unknown>,
): Promise<Id> => {
  const row = await payload.db.create({ collection, data, req, select: { id: true } })
  return row.id as Id
}

/**
 * Writes an article through the adapter the way Payload's create operation does: the document,
 * then its first version (latest, published). Hooks are skipped on purpose: no editorial log
 * entries, no scheduled jobs; the stored rows are the same.
 */
export const writeArticleRows = async (
  payload: Payload,
  req: PayloadRequest,
  data: Record<string, unknown>,
): Promise<Id> => {
  const id = await createRow(payload, req, 'articles', data)
  const now = new Date().toISOString()
  await payload.db.createVersion({
    autosave: false,
    collectionSlug: 'articles',
    parent: id,
    createdAt: now,
    updatedAt: now,
    versionData: { ...data, id },
    req,
    returning: false,
  })
  return id
}

export interface WriteCorpusOptions {
  articles: number
  seed?: number
  onProgress?: (done: number, total: number) => void
}

/** Writes the whole synthetic corpus into an empty database, in batches of one transaction. */
export const writeCorpus = async (
  payload: Payload,
  { articles, seed = DEFAULT_SEED, onProgress }: WriteCorpusOptions,
): Promise<PoolIds> => {
  const pools = planPools(articles)
  const ids: PoolIds = { sections: [], tags: [], people: [], organizations: [] }
  const collections: PoolCollection[] = ['sections', 'tags', 'people', 'organizations']
  await inTransaction(payload, {}, async (req) => {
    for (const collection of collections) {
      for (const name of pools[collection]) {
        ids[collection].push(await createRow(payload, req, collection, poolData(collection, name)))
      }
    }
  })
  for (let start = 0; start < articles; start += BATCH) {
    await inTransaction(payload, {}, async (req) => {
      for (let index = start; index < Math.min(articles, start + BATCH); index += 1) {
        await writeArticleRows(payload, req, articleData(planArticle(pools, index, seed), ids))
      }
    })
    onProgress?.(Math.min(articles, start + BATCH), articles)
  }
  return ids
}
