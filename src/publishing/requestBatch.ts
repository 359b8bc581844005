import type { PayloadRequest } from 'payload'

/** Loads every key of one batch with one query; the answer maps each key to its value. */
export type BatchLoad<Key, Value> = (req: PayloadRequest, keys: Key[]) => Promise<Map<Key, Value>>

/**
 * Gathers the keys one request asks for in the same turn of the event loop and loads them with one
 * query: a list of twenty stories then costs one read, not twenty. The batch waits for the promise
 * jobs already queued (as DataLoader does), so every item of a GraphQL list, whose resolvers run
 * one after another without awaiting, lands in the same batch. Each request has its own batches,
 * so one caller's access never answers another's.
 */
export const batchPerRequest = <Key, Value>(load: BatchLoad<Key, Value>) => {
  const pending = new WeakMap<
    PayloadRequest,
    { keys: Set<Key>; result: Promise<Map<Key, Value>> }
  >()
  return async (req: PayloadRequest, key: Key): Promise<undefined | Value> => {
    let batch = pending.get(req)
    if (!batch) {
      const keys = new Set<Key>()
      const result = Promise.resolve()
        .then(() => new Promise<void>((resolve) => process.nextTick(resolve)))
        .then(() => {
          pending.delete(req)
          return load(req, [...keys])
        })
      batch = { keys, result }
      pending.set(req, batch)
    }
    batch.keys.add(key)
    return (await batch.result).get(key)
  }
}
