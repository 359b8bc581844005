import autocannon from 'autocannon'

import { sampleRss } from './processes'
import type { SavePercentiles } from './saves'
import type { Scenario } from './scenarios'
import { READ_COUNTS_PATH } from '../src/readCache/frontDoor'
import type { ReadCounts } from '../src/readCache/frontDoor'

export interface LoadResult {
  name: string
  title: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** Connection errors and timeouts. */
  errors: number
  timeouts: number
  non2xx: number
  /** Of the non-2xx, the 409s (a save based on a stale version); only the editor saves have them. */
  conflicts?: number
  /** Of the editor saves, those that published (the rest saved drafts). */
  publishes?: number
  /** Of the editor saves, how long they were counted (after their warm-up). */
  countedSeconds?: number
  /** Of the editor saves, each kind's own times. */
  byKind?: { drafts: SavePercentiles; publishes: SavePercentiles }
  peakRssMiB: number
  /** This path's requests/s over its floor's, in the same run. */
  ratioToFloor: null | number
  floor: null | string
  /**
   * Of the measured reads, the share answered from the read cache (kept answers) and from the
   * delivery read model, as the front door counted them; null for the floor and the saves.
   */
  hitRate?: null | number
  modelRate?: null | number
  /** Reads asked at a fixed rate (open loop), or null at saturation. */
  targetRate?: null | number
}

const readCounts = async (baseUrl: string): Promise<null | ReadCounts> => {
  try {
    const response = await fetch(`${baseUrl}${READ_COUNTS_PATH}`)
    return response.ok ? ((await response.json()) as ReadCounts) : null
  } catch {
    return null
  }
}

const shares = (before: null | ReadCounts, after: null | ReadCounts) => {
  if (!before || !after) return { hitRate: null, modelRate: null }
  const kept = after.kept - before.kept
  const model = after.model - before.model
  const total = kept + model + (after.computed - before.computed)
  if (total <= 0) return { hitRate: null, modelRate: null }
  const round = (value: number) => Math.round((value / total) * 1000) / 1000
  return { hitRate: round(kept), modelRate: round(model) }
}

interface LoadSettings {
  baseUrl: string
  pid: number
  connections: number
  duration: number
  warmup: number
  /** Requests/s across all connections, asked whatever the answers' pace (0: as fast as answered). */
  overallRate?: number
}

const run = (scenario: Scenario, settings: LoadSettings, duration: number) =>
  autocannon({
    url: settings.baseUrl,
    method: scenario.method,
    headers: scenario.method === 'POST' ? { 'content-type': 'application/json' } : {},
    requests: [{ setupRequest: (request) => ({ ...request, ...scenario.next() }) }],
    connections: settings.connections,
    overallRate: settings.overallRate || undefined,
    duration,
    // A slow path shows as latency and a low rate, not as dropped requests.
    timeout: 30,
  })

/** Loads one read path: a warm-up, then `duration` seconds measured while sampling the RSS. */
export const loadScenario = async (
  scenario: Scenario,
  settings: LoadSettings,
): Promise<LoadResult> => {
  if (settings.warmup > 0) await run(scenario, settings, settings.warmup)
  const isCms = scenario.server === 'cms'
  const before = isCms ? await readCounts(settings.baseUrl) : null
  const rss = sampleRss(settings.pid)
  const result = await run(scenario, settings, settings.duration)
  const peakRssMiB = rss.stop()
  const after = isCms ? await readCounts(settings.baseUrl) : null
  return {
    name: scenario.name,
    title: scenario.title,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    peakRssMiB: Math.round(peakRssMiB),
    ratioToFloor: null,
    floor: scenario.floor ?? null,
    ...shares(before, after),
    targetRate: settings.overallRate || null,
  }
}

/** Fills in each path's ratio to its floor from the same run. */
export const withFloorRatios = (results: LoadResult[]): LoadResult[] =>
  results.map((result) => {
    const floor = results.find((candidate) => candidate.name === result.floor)
    return floor && floor.requestsPerSecond > 0
      ? {
          ...result,
          ratioToFloor:
            Math.round((result.requestsPerSecond / floor.requestsPerSecond) * 1000) / 1000,
        }
      : result
  })
