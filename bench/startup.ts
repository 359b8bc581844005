import type { BenchDatabaseHandle } from './databases'
import { startNodeScript, waitFor200 } from './processes'

interface StartTiming {
  apiMs: number
  adminMs: number
  built: boolean
}

/** `npm start` with the admin: time from process start to the first 200 on /api and on /admin. */
const startOnce = async (
  handle: BenchDatabaseHandle,
  env: Record<string, string>,
  port: number,
): Promise<StartTiming> => {
  const startedAt = Date.now()
  const server = startNodeScript('src/start.ts', [], {
    ...env,
    DATABASE_URL: handle.url,
    PORT: String(port),
  })
  try {
    const base = `http://127.0.0.1:${port}`
    // Whichever answers first, both are timed from the same start.
    const [apiMs, adminMs] = await Promise.all([
      waitFor200(`${base}/api/articles?limit=1&depth=0`, server, startedAt),
      waitFor200(`${base}/admin/login`, server, startedAt),
    ])
    return { apiMs, adminMs, built: server.output().includes('Building the admin') }
  } finally {
    await server.stop()
  }
}

/** A first start (cold when the admin had to be built), then a warm one. */
export const measureAdminStart = async (
  handle: BenchDatabaseHandle,
  env: Record<string, string>,
  freePort: () => Promise<number>,
) => {
  const outcome = {
    database: 'SQLite',
    ranAt: new Date().toISOString(),
    cold: null as null | StartTiming,
    warm: null as null | StartTiming,
    problem: null as null | string,
  }
  try {
    outcome.cold = await startOnce(handle, env, await freePort())
    // Warm unless a source changed in between (then it built again, and says so).
    outcome.warm = await startOnce(handle, env, await freePort())
  } catch (error) {
    outcome.problem = error instanceof Error ? error.message.slice(0, 2000) : String(error)
  }
  return outcome
}
