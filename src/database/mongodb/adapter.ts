import { mongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj } from 'payload'

import { runWorkAtTransactionEnd } from './transactionEnd'
import { CONNECTION_OPTIONS, TRANSACTION_OPTIONS } from './transactions'
import { isReplacedSparseIndex, makeUniqueWhenSet } from './uniqueWhenSet'
import type { IndexedSchema, ListedIndex, UniqueWhenSet } from './uniqueWhenSet'

interface Model {
  schema: IndexedSchema
  collection: { listIndexes: () => { toArray: () => Promise<ListedIndex[]> } } & {
    dropIndex: (name: string) => Promise<unknown>
  }
}

interface InitializedAdapter {
  init: () => Promise<void>
  collections: Record<string, Model>
  afterOpenConnection?: (adapter: InitializedAdapter) => Promise<void> | void
  commitTransaction: (id: number | Promise<number | string> | string) => Promise<void>
  rollbackTransaction: (id: number | Promise<number | string> | string) => Promise<void>
  payload: { logger: { info: (message: string) => void; warn: (message: string) => void } }
}

/** An index MongoDB has not been asked for yet lists nothing: the collection does not exist. */
const listIndexes = async (model: Model): Promise<ListedIndex[]> => {
  try {
    return await model.collection.listIndexes().toArray()
  } catch (error) {
    if ((error as { codeName?: unknown }).codeName === 'NamespaceNotFound') return []
    throw error
  }
}

/**
 * Drops the sparse unique indexes an earlier start built where the schema now has partial ones
 * (uniqueWhenSet.ts). Runs after the connection opens and before Payload builds the indexes.
 */
const dropReplacedIndexes = async (
  adapter: InitializedAdapter,
  changed: Map<string, UniqueWhenSet[]>,
): Promise<void> => {
  for (const [slug, fields] of changed) {
    const model = adapter.collections[slug]
    if (!model) continue
    for (const index of await listIndexes(model)) {
      const field = fields.find((candidate) => isReplacedSparseIndex(index, candidate))
      if (!field || !index.name) continue
      await model.collection.dropIndex(index.name)
      adapter.payload.logger.info(
        `MongoDB: replaced the sparse unique index ${slug}.${index.name} with ${field.name}, which leaves empty values out`,
      )
    }
  }
}

/**
 * Payload's MongoDB adapter with this CMS's settings (transactions.ts) and fixes: optional unique
 * fields are unique only when set (uniqueWhenSet.ts), and work can wait for a transaction to end
 * (transactionEnd.ts), as the content version does.
 * `url: false` builds the models without connecting (a unit test reads the indexes they declare).
 */
export const mongodbAdapter = (url: false | string): DatabaseAdapterObj => {
  const adapter = mongooseAdapter({
    url,
    connectOptions: CONNECTION_OPTIONS,
    transactionOptions: TRANSACTION_OPTIONS,
    ensureIndexes: true,
  })
  return {
    ...adapter,
    init: (args) => {
      const initialized = adapter.init(args) as unknown as InitializedAdapter
      const changed = new Map<string, UniqueWhenSet[]>()
      const init = initialized.init
      initialized.init = async function (this: InitializedAdapter) {
        await init.call(this)
        for (const [slug, model] of Object.entries(this.collections)) {
          const fields = makeUniqueWhenSet(model.schema, slug)
          if (fields.length > 0) changed.set(slug, fields)
        }
      }
      initialized.afterOpenConnection = (opened) => dropReplacedIndexes(opened, changed)
      runWorkAtTransactionEnd(initialized)
      return initialized as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}
