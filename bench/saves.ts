/**
 * Editors' saves while the reads run: a few writers, each signed in as an editor, saving drafts
 * of synthetic articles with `If-Match: "<updatedAt>"` (the version they last read), one save
 * after another, while autocannon loads a read path. Every save bumps the content version, so
 * the read cache misses after it: the reads measured beside the saves are the realistic ones.
 */
import type { LoadResult } from './load'

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
  /** Ids of the synthetic articles the writers save (one per writer, so writers never race). */
  articleIds: (number | string)[]
  durationMs: number
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0)

/** One writer per article id, saving one draft after another until the time is up. */
export const runSaves = async (settings: SaveSettings) => {
  const latencies: number[] = []
  let errors = 0
  let non2xx = 0
  let conflicts = 0
  const deadline = Date.now() + settings.durationMs
  const headers = {
    'content-type': 'application/json',
    authorization: `JWT ${settings.token}`,
  }
  const writer = async (id: number | string) => {
    const url = `${settings.baseUrl}/api/articles/${id}`
    const read = await fetch(`${url}?draft=true&depth=0`, { headers })
    let updatedAt = ((await read.json()) as { updatedAt?: string }).updatedAt ?? '*'
    let count = 0
    while (Date.now() < deadline) {
      count += 1
      const started = performance.now()
      try {
        const response = await fetch(`${url}?draft=true&depth=0`, {
          method: 'PATCH',
          headers: { ...headers, 'if-match': `"${updatedAt}"` },
          body: JSON.stringify({ standfirst: `Synthetic bench save ${count} of article ${id}.` }),
        })
        const text = await response.text()
        latencies.push(performance.now() - started)
        if (response.ok) {
          const doc = (JSON.parse(text) as { doc?: { updatedAt?: string } }).doc
          updatedAt = doc?.updatedAt ?? updatedAt
        } else {
          non2xx += 1
          if (response.status === 409) conflicts += 1
          // Read the current version again, as an editor's client would after a refusal.
          const again = await fetch(`${url}?draft=true&depth=0`, { headers })
          updatedAt = ((await again.json()) as { updatedAt?: string }).updatedAt ?? '*'
        }
      } catch {
        errors += 1
      }
    }
  }
  const started = Date.now()
  await Promise.all(settings.articleIds.map(writer))
  const seconds = (Date.now() - started) / 1000
  const sorted = [...latencies].sort((a, b) => a - b)
  const round = (value: number) => Math.round(value * 10) / 10
  return {
    saves: latencies.length,
    savesPerSecond: round(latencies.length / seconds),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    errors,
    non2xx,
    conflicts,
  }
}

/** The saves as a row of the report. */
export const savesResult = (
  saves: Awaited<ReturnType<typeof runSaves>>,
  writers: number,
  peakRssMiB: number,
): LoadResult => ({
  name: 'editor-saves',
  title: `editor saves during reads (${writers} writers, draft PATCH with If-Match)`,
  requestsPerSecond: saves.savesPerSecond,
  p50Ms: saves.p50Ms,
  p99Ms: saves.p99Ms,
  requests: saves.saves,
  errors: saves.errors,
  timeouts: 0,
  non2xx: saves.non2xx,
  conflicts: saves.conflicts,
  peakRssMiB,
  ratioToFloor: null,
  floor: null,
})
