import type { Payload } from 'payload'

import { searchIndexOf } from './searchIndex'
import type { StoryTransaction } from './searchIndex'

/**
 * Empties the search index and indexes every story again from what is stored (each in its own
 * transaction, held as a save holds it); how many stories. Saves meanwhile keep it in step.
 */
export const rebuildSearchIndex = async (
  payload: Payload,
  transaction?: StoryTransaction,
): Promise<number> => {
  const index = searchIndexOf(payload)
  await index.store.clear()
  await index.store.ensureIndex()
  return index.fill(transaction)
}
