type PooledClient = {
  release?: () => void
  _activeQuery?: unknown
  _queryQueue?: unknown[]
}

/** A client in the middle of a query gives itself back when the query ends; only its owner may. */
const isBusy = (client: PooledClient): boolean =>
  Boolean(client._activeQuery) || (client._queryQueue?.length ?? 0) > 0

/**
 * `payload.destroy()` forgets the schema but leaves the SQL connections open (the Postgres pool,
 * the libSQL client), which keeps a process alive. The Postgres adapter also checks one client
 * out at connect and never returns it, so `pool.end()` alone would wait forever: release it first.
 * A client still running a query is left to finish: releasing it under the query hands it back
 * twice, and pg-pool throws that from the query's callback, where nobody can catch it.
 */
export const releaseConnections = async (db: unknown): Promise<void> => {
  const handles = db as {
    pool?: { _clients?: PooledClient[]; end: () => Promise<void>; ended?: boolean }
    client?: { close: () => void }
  }
  const pool = handles.pool
  if (pool && !pool.ended) {
    for (const client of pool._clients ?? []) {
      if (isBusy(client)) continue
      try {
        client.release?.()
      } catch {
        // Already idle: nothing to give back.
      }
    }
    await pool.end()
  }
  handles.client?.close()
}
