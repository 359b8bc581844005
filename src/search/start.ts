import type { Payload } from 'payload'

import { searchIndexOf } from './searchIndex'

/** How often the process that runs the jobs also looks for rows left stale (a process that died). */
const SWEEP_EVERY_MS = 30_000

/**
 * As a server starts: indexes, in the background, every story that has no row (a database filled
 * without hooks, such as the bench's corpus; one cheap statement once all have), gives rows
 * without entries of their links those entries, and refreshes rows left stale. The process that
 * runs the jobs also sweeps now and then.
 */
export const startSearchIndex = (payload: Payload, { isSwept }: { isSwept: boolean }): void => {
  const index = searchIndexOf(payload)
  void index.fill().then(
    (count) => {
      if (count > 0) payload.logger.info(`search: indexed ${count} stories that had no row`)
      index.kick()
    },
    (error: unknown) =>
      payload.logger.error({ err: error }, 'the search index could not be filled'),
  )
  if (isSwept) setInterval(index.kick, SWEEP_EVERY_MS).unref()
}
