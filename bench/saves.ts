/**
 * Editors at work while the reads run: each editor, signed in, keeps one synthetic article open
 * and saves it at the admin's autosave pace, with `If-Match: "<updatedAt>"` (the version it last
 * saved). Most saves are drafts, as autosave sends them, and leave what readers see alone; every
 * PUBLISH_EVERY-th save publishes the story, which readers must see at once, so it empties the
 * read cache. The reads measured beside them are the realistic ones for a working newsroom.
 */
import { AUTOSAVE_INTERVAL_MS } from '../collections/Articles/autosave'
import type { LoadResult } from './load'

/** How many editors save at once, and which of their saves publish. */
export const SAVE_EDITORS = 16
export const PUBLISH_EVERY = 5
/**
 * One publish cycle: each editor saves PUBLISH_EVERY times and publishes once. The saves' warm-up
 * is one cycle; then COUNTED_PUBLISH_CYCLES are counted.
 */
export const PUBLISH_CYCLE_SECONDS = (PUBLISH_EVERY * AUTOSAVE_INTERVAL_MS) / 1000
/**
 * Six cycles in a full run, about 480 saves, so p99 is about the fifth-worst save; over two
 * cycles (160 saves) it was the second-worst, and one stray save moved it by tens of ms between
 * runs. A quick run counts two: every editor still publishes twice.
 */
export const COUNTED_PUBLISH_CYCLES = { full: 6, quick: 2 } as const

/** The synthetic editor the saves sign in as; bench/editorAccount.ts creates it before the run. */
export const BENCH_EDITOR = {
  email: 'bench-editor@synthetic.invalid',
  password: 'synthetic bench editor password',
  name: 'Synthetic bench editor',
}

/** A token for the bench editor (header auth: no cookie, so no CSRF origin needed). */
export const editorToken = async (baseUrl: string): Promise<string> => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_EDITOR.email, password: BENCH_EDITOR.password }),
  })
  const token = response.ok ? ((await response.json()) as { token?: string }).token : undefined
  if (!token) throw new Error(`the bench editor could not sign in (${response.status})`)
  return token
}

interface SaveSettings {
  baseUrl: string
  token: string
  /** Ids of the synthetic articles the editors save (one each, so editors never race). */
  articleIds: (number | string)[]
  durationMs: number
  /**
   * Saves that start within this long of the first are made but their times are not counted, as
   * a read path's warm-up is not: the first saves after a start compile Payload's write path.
   * Refusals and errors count throughout.
   */
  warmupMs: number
  /** Each editor saves once per interval; every publishEvery-th save of each editor publishes. */
  intervalMs: number
  publishEvery: number
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0)

const round = (value: number) => Math.round(value * 10) / 10

export interface SavePercentiles {
  p50Ms: number
  p99Ms: number
}

const percentiles = (latencies: number[]): SavePercentiles => {
  const sorted = [...latencies].sort((a, b) => a - b)
  return { p50Ms: round(percentile(sorted, 50)), p99Ms: round(percentile(sorted, 99)) }
}

/** One editor per article id, saving at the autosave pace until the time is up. */
export const runSaves = async (settings: SaveSettings) => {
  const draftLatencies: number[] = []
  const publishLatencies: number[] = []
  let errors = 0
  let non2xx = 0
  let conflicts = 0
  let firstFailure: null | string = null
  const counted = Date.now() + settings.warmupMs
  const deadline = counted + settings.durationMs
  const headers = {
    'content-type': 'application/json',
    authorization: `JWT ${settings.token}`,
  }
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
  const writer = async (id: number | string, index: number) => {
    const url = `${settings.baseUrl}/api/articles/${id}`
    const read = await fetch(`${url}?draft=true&depth=0`, { headers })
    let updatedAt = ((await read.json()) as { updatedAt?: string }).updatedAt ?? '*'
    let count = 0
    // Editors start spread over one interval, as people do, not all on the same tick.
    await wait((settings.intervalMs * index) / settings.articleIds.length)
    while (Date.now() < deadline) {
      count += 1
      const isPublish = count % settings.publishEvery === 0
      const isCounted = Date.now() >= counted
      const started = performance.now()
      try {
        // Drafts go as the admin's autosave sends them; a publish as its Publish button does.
        const query = isPublish ? 'depth=0' : 'depth=0&draft=true&autosave=true'
        const response = await fetch(`${url}?${query}`, {
          method: 'PATCH',
          headers: { ...headers, 'if-match': `"${updatedAt}"` },
          body: JSON.stringify({
            standfirst: `Synthetic bench save ${count} of article ${id}.`,
            ...(isPublish ? { _status: 'published' } : {}),
          }),
        })
        const text = await response.text()
        const took = performance.now() - started
        if (isCounted) (isPublish ? publishLatencies : draftLatencies).push(took)
        if (response.ok) {
          const doc = (JSON.parse(text) as { doc?: { updatedAt?: string } }).doc
          updatedAt = doc?.updatedAt ?? updatedAt
        } else {
          non2xx += 1
          firstFailure ??= `${response.status} ${text.slice(0, 200)}`
          if (response.status === 409) conflicts += 1
          // Read the current version again, as an editor's client would after a refusal.
          const again = await fetch(`${url}?draft=true&depth=0`, { headers })
          updatedAt = ((await again.json()) as { updatedAt?: string }).updatedAt ?? '*'
        }
        // The next autosave comes one interval after this one began (at once if this one was late).
        await wait(settings.intervalMs - took)
      } catch {
        errors += 1
      }
    }
  }
  await Promise.all(settings.articleIds.map((id, index) => writer(id, index)))
  const seconds = (Date.now() - counted) / 1000
  const all = [...draftLatencies, ...publishLatencies]
  return {
    saves: all.length,
    countedSeconds: Math.round(settings.durationMs / 1000),
    savesPerSecond: round(all.length / seconds),
    ...percentiles(all),
    // A publish does more than a draft save (the log, the read cache's version, the gates), so
    // the report gives each kind's own times too.
    drafts: percentiles(draftLatencies),
    publishing: percentiles(publishLatencies),
    errors,
    non2xx,
    conflicts,
    publishes: publishLatencies.length,
    firstFailure,
  }
}

/** The saves as a row of the report. */
export const savesResult = (
  saves: Awaited<ReturnType<typeof runSaves>>,
  peakRssMiB: number,
): LoadResult => ({
  name: 'editor-saves',
  title: `editor saves during reads (${SAVE_EDITORS} editors, one save each per ${AUTOSAVE_INTERVAL_MS / 1000} s, 1 in ${PUBLISH_EVERY} publishes)`,
  requestsPerSecond: saves.savesPerSecond,
  p50Ms: saves.p50Ms,
  p99Ms: saves.p99Ms,
  requests: saves.saves,
  errors: saves.errors,
  timeouts: 0,
  non2xx: saves.non2xx,
  conflicts: saves.conflicts,
  publishes: saves.publishes,
  countedSeconds: saves.countedSeconds,
  byKind: { drafts: saves.drafts, publishes: saves.publishing },
  peakRssMiB,
  ratioToFloor: null,
  floor: null,
})
