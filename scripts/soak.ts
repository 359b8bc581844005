/**
 * `npm run soak -- [--duration 120] [--concurrency 8] [--synthetic 30] [--sample-every 4]`
 *
 * A bounded soak: starts the real CMS in production mode (scripts/soak/server.ts, a separate
 * process) on a fresh SQLite file with the seed story and synthetic articles, then from this
 * process, over loopback, runs mixed anonymous reads (REST by slug, REST lists, GraphQL) and an
 * editor's draft saves with If-Match until the time is up. Reports requests, errors, p50/p99 per
 * kind and the server's memory after GC; writes the report to data/soak/ (git-ignored).
 * Exits non-zero on any error or when memory is not flat after warm-up (see scripts/soak/stats.ts).
 */
import { fork } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { SoakMemory, SoakMessage, SoakReady } from './soak/protocol'
import { memoryVerdict, percentile } from './soak/stats'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '120' },
    concurrency: { type: 'string', default: '8' },
    synthetic: { type: 'string', default: '30' },
    'sample-every': { type: 'string', default: '4' },
    'max-growth': { type: 'string', default: '0.2' },
  },
})
const DURATION_S = Number(values.duration)
const CONCURRENCY = Number(values.concurrency)
const SAMPLE_EVERY_S = Number(values['sample-every'])
const MAX_GROWTH = Number(values['max-growth'])
// The first fifth of the run warms caches and JIT; memory is judged on the rest.
const WARM_UP_FRACTION = 0.2

type Kind = 'rest-by-slug' | 'rest-list' | 'graphql' | 'editor-read' | 'editor-write'
// Reads dominate, as on a news site; one editorial write (read + save) per ~8 operations.
const MIX: Array<[Kind, number]> = [
  ['rest-by-slug', 0.35],
  ['rest-list', 0.25],
  ['graphql', 0.25],
  ['editor-write', 0.15],
]

interface Tally {
  latencies: number[]
  errors: number
}
const tallies = new Map<Kind, Tally>()
const errorSamples: string[] = []
const record = (kind: Kind, started: number, error: null | string) => {
  const tally = tallies.get(kind) ?? { latencies: [], errors: 0 }
  tallies.set(kind, tally)
  tally.latencies.push(performance.now() - started)
  if (error) {
    tally.errors += 1
    if (errorSamples.length < 20) errorSamples.push(`${kind}: ${error}`)
  }
}

const folder = mkdtempSync(path.join(tmpdir(), 'newsroom-soak-'))
const logFile = path.join(folder, 'server.log')
const password = randomBytes(12).toString('hex')

const startServer = () => {
  const log = openSync(logFile, 'a')
  return fork('scripts/soak/server.ts', [], {
    execArgv: ['--conditions=production', '--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', log, log, 'ipc'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: `file:${path.join(folder, 'soak.db')}`,
      MEDIA_DIR: path.join(folder, 'media'),
      JOBS: 'off',
      // The load comes from one address: the per-address read limit would refuse most of it.
      ANONYMOUS_READ_RATE_LIMIT: 'off',
      LOG_LEVEL: 'warn',
      SOAK_PASSWORD: password,
      SOAK_SYNTHETIC: values.synthetic,
    },
  })
}

const serverLogTail = () => readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')

let server: ReturnType<typeof startServer> | undefined

const main = async (): Promise<number> => {
  const child = startServer()
  server = child
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const messages: SoakMessage[] = []
  const waiters: Array<(message: SoakMessage) => void> = []
  child.on('message', (message: SoakMessage) => {
    const waiter = waiters.shift()
    if (waiter) waiter(message)
    else messages.push(message)
  })
  const died = exited.then((code): never => {
    throw new Error(`the server exited (${code}):\n${serverLogTail()}`)
  })
  died.catch(() => undefined) // only an error while someone waits for the server
  const next = (): Promise<SoakMessage> =>
    messages.length > 0
      ? Promise.resolve(messages.shift() as SoakMessage)
      : Promise.race([new Promise<SoakMessage>((resolve) => waiters.push(resolve)), died])

  console.log('Starting the server in production mode and loading content…')
  const ready = (await next()) as SoakReady
  const base = `http://127.0.0.1:${ready.port}`
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ready.editorEmail, password }),
  })
  if (login.status !== 200) throw new Error(`editor login failed: ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}` }

  const listing = await fetch(`${base}/api/articles?limit=100&depth=0`)
  if (listing.status !== 200)
    throw new Error(`listing articles failed: ${listing.status} ${await listing.text()}`)
  const listed = (await listing.json()) as {
    docs: Array<{ id: number; slug: string }>
  }
  const stories = listed.docs
  if (stories.length === 0) throw new Error('no published articles to read')
  console.log(`Server up (pid ${child.pid}), ${stories.length} published articles; soaking…`)

  let seed = 20261129
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T
  const pickKind = (): Kind => {
    let roll = random()
    for (const [kind, weight] of MIX) {
      roll -= weight
      if (roll < 0) return kind
    }
    return 'rest-by-slug'
  }

  const expectJson = async (response: Response, isGraphql = false): Promise<null | string> => {
    const text = await response.text()
    if (response.status !== 200) return `${response.status} ${text.slice(0, 200)}`
    if (isGraphql && text.includes('"errors"')) return `GraphQL errors: ${text.slice(0, 200)}`
    return null
  }

  const operations: Record<Exclude<Kind, 'editor-read'>, (worker: number) => Promise<void>> = {
    'rest-by-slug': async () => {
      const started = performance.now()
      const slug = encodeURIComponent(pick(stories).slug)
      const response = await fetch(`${base}/api/articles?where[slug][equals]=${slug}&depth=1`)
      record('rest-by-slug', started, await expectJson(response))
    },
    'rest-list': async () => {
      const started = performance.now()
      const page = 1 + Math.floor(random() * 3)
      const response = await fetch(`${base}/api/articles?limit=10&page=${page}&sort=-publishedAt`)
      record('rest-list', started, await expectJson(response))
    },
    graphql: async () => {
      const started = performance.now()
      const response = await fetch(`${base}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: `query ($slug: String) { Articles(where: { slug: { equals: $slug } }, limit: 1) {
            docs { id headline publishedAt people { name } tags { name } } } }`,
          variables: { slug: pick(stories).slug },
        }),
      })
      record('graphql', started, await expectJson(response, true))
    },
    // Each worker edits its own stories, so no 409 between workers is expected: any is an error.
    'editor-write': async (worker) => {
      const own = stories.filter((_, index) => index % CONCURRENCY === worker)
      const story = own.length > 0 ? pick(own) : pick(stories)
      let started = performance.now()
      const read = await fetch(`${base}/api/articles/${story.id}?draft=true&depth=0`, {
        headers: auth,
      })
      const readError = await (read.status === 200 ? null : expectJson(read))
      const current = readError ? null : ((await read.json()) as { updatedAt: string })
      record('editor-read', started, readError)
      if (!current) return
      started = performance.now()
      const saved = await fetch(`${base}/api/articles/${story.id}?draft=true&depth=0`, {
        method: 'PATCH',
        headers: {
          ...auth,
          'Content-Type': 'application/json',
          'If-Match': `"${current.updatedAt}"`,
        },
        body: JSON.stringify({ standfirst: `Soak edit at ${new Date().toISOString()}` }),
      })
      record('editor-write', started, await expectJson(saved))
    },
  }

  const startedAt = Date.now()
  const deadline = startedAt + DURATION_S * 1000
  const worker = async (index: number) => {
    while (Date.now() < deadline) {
      const kind = pickKind()
      try {
        await operations[kind === 'editor-read' ? 'editor-write' : kind](index)
      } catch (error) {
        record(kind, performance.now(), error instanceof Error ? error.message : String(error))
      }
    }
  }

  const memory: Array<SoakMemory & { procRss: number; second: number }> = []
  const sampleMemory = async () => {
    child.send({ type: 'sample-memory' } satisfies SoakMessage)
    const sample = (await next()) as SoakMemory
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
    const procRss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
    memory.push({ ...sample, procRss, second: (sample.at - startedAt) / 1000 })
  }
  const sampler = (async () => {
    while (Date.now() < deadline) {
      await sampleMemory()
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_S * 1000))
    }
  })()
  await Promise.all([...Array.from({ length: CONCURRENCY }, (_, index) => worker(index)), sampler])
  await sampleMemory()
  const elapsed = (Date.now() - startedAt) / 1000

  child.send({ type: 'stop' } satisfies SoakMessage)
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  await exited
  clearTimeout(timer)

  const measured = memory.filter((sample) => sample.second >= DURATION_S * WARM_UP_FRACTION)
  const verdict = memoryVerdict(
    measured.map((sample) => sample.heapUsed),
    { maxGrowth: MAX_GROWTH },
  )
  const kinds = [...tallies.entries()].map(([kind, tally]) => ({
    kind,
    requests: tally.latencies.length,
    errors: tally.errors,
    p50Ms: Number(percentile(tally.latencies, 0.5).toFixed(1)),
    p99Ms: Number(percentile(tally.latencies, 0.99).toFixed(1)),
    maxMs: Number(Math.max(...tally.latencies).toFixed(1)),
  }))
  const requests = kinds.reduce((sum, kind) => sum + kind.requests, 0)
  const errors = kinds.reduce((sum, kind) => sum + kind.errors, 0)
  const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1))
  const report = {
    finishedAt: new Date().toISOString(),
    settings: {
      durationS: DURATION_S,
      concurrency: CONCURRENCY,
      synthetic: Number(values.synthetic),
      sampleEveryS: SAMPLE_EVERY_S,
      warmUpFraction: WARM_UP_FRACTION,
      maxGrowth: MAX_GROWTH,
      database: 'SQLite file',
      nodeEnv: 'production',
    },
    elapsedS: Number(elapsed.toFixed(1)),
    requests,
    errors,
    requestsPerSecond: Number((requests / elapsed).toFixed(1)),
    kinds,
    errorSamples,
    memory: {
      verdict: {
        ...verdict,
        firstThirdMb: mb(verdict.firstThird),
        lastThirdMb: mb(verdict.lastThird),
      },
      samples: memory.map((sample) => ({
        second: Number(sample.second.toFixed(1)),
        heapAfterGcMb: mb(sample.heapUsed),
        rssMb: mb(sample.procRss || sample.rss),
      })),
    },
  }
  const outDir = path.join('data', 'soak')
  mkdirSync(outDir, { recursive: true })
  const outFile = path.join(outDir, `soak-${report.finishedAt.replace(/[:.]/g, '-')}.json`)
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`)

  console.log(
    `\nSoak: ${requests} requests in ${report.elapsedS} s (${report.requestsPerSecond}/s), ${errors} errors, concurrency ${CONCURRENCY}`,
  )
  for (const kind of kinds) {
    console.log(
      `  ${kind.kind.padEnd(13)} ${String(kind.requests).padStart(6)} requests, ${kind.errors} errors, p50 ${kind.p50Ms} ms, p99 ${kind.p99Ms} ms`,
    )
  }
  const rss = memory.map((sample) => mb(sample.procRss || sample.rss))
  console.log(
    `  memory: heap after GC ${report.memory.verdict.firstThirdMb} → ${report.memory.verdict.lastThirdMb} MB (first → last third after warm-up); RSS ${Math.min(...rss)}–${Math.max(...rss)} MB`,
  )
  console.log(`  ${verdict.reason}`)
  for (const sample of errorSamples) console.log(`  error: ${sample}`)
  console.log(`Report: ${outFile}`)
  return errors === 0 && verdict.isFlat ? 0 : 1
}

main()
  .then(
    (code) => code,
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      return 1
    },
  )
  .then((code) => {
    if (server && server.exitCode === null) server.kill('SIGKILL')
    rmSync(folder, { recursive: true, force: true })
    process.exit(code)
  })
