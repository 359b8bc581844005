/**
 * `payload.destroy()` forgets the schema but leaves the SQL connections open (the Postgres pool,
 * the libSQL client), which keeps a process alive. The Postgres adapter also checks one client
 * out at connect and never returns it, so `pool.end()` alone would wait forever: release it first.
 */
export const releaseConnections = async (db: unknown): Promise<void> => {
  type PooledClient = { release?: () => void }
  const handles = db as {
    pool?: { _clients?: PooledClient[]; end: () => Promise<void>; ended?: boolean }
    client?: { close: () => void }
  }
  const pool = handles.pool
  if (pool && !pool.ended) {
    for (const client of pool._clients ?? []) {
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
