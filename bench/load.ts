import autocannon from 'autocannon'

import { sampleRss } from './processes'
import type { SavePercentiles } from './saves'
import type { Scenario } from './scenarios'

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
}

interface LoadSettings {
  baseUrl: string
  pid: number
  connections: number
  duration: number
  warmup: number
}

const run = (scenario: Scenario, settings: LoadSettings, duration: number) =>
  autocannon({
    url: `${settings.baseUrl}${scenario.path}`,
    method: scenario.method,
    body: scenario.body,
    headers: scenario.body ? { 'content-type': 'application/json' } : {},
    connections: settings.connections,
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
  const rss = sampleRss(settings.pid)
  const result = await run(scenario, settings, settings.duration)
  const peakRssMiB = rss.stop()
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
