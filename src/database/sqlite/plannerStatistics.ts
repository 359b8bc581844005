import type { Payload } from 'payload'

import { sqliteClient } from './client'

const HOUR = 60 * 60 * 1000

/**
 * Gives SQLite's query planner statistics to choose indexes by. Without them it may walk the
 * `_status` index and sort a whole section to show twenty stories. A database never analysed gets
 * a full ANALYZE (well under a second for 100 000 stories); after that `PRAGMA optimize` analyses
 * only the tables whose statistics have drifted. PostgreSQL needs nothing here: its autovacuum
 * daemon, on by default, re-analyses tables as they change. MongoDB keeps no planner statistics.
 */
export const refreshPlannerStatistics = async (payload: Payload): Promise<void> => {
  const client = sqliteClient(payload)
  if (!client) return
  const { rows } = await client.execute(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'",
  )
  await client.execute(rows.length === 0 ? 'ANALYZE' : 'PRAGMA optimize')
}

/** Refreshes the statistics now and then every hour, for as long as the process serves. */
export const keepPlannerStatisticsFresh = async (
  payload: Payload,
  everyMs = HOUR,
): Promise<() => void> => {
  const refresh = () =>
    refreshPlannerStatistics(payload).catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'could not refresh the query planner statistics'),
    )
  await refresh()
  const timer = setInterval(() => void refresh(), everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
