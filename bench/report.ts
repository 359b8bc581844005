import { AUTOSAVE_INTERVAL_MS } from '../collections/Articles/autosave'
import type { LoadResult } from './load'
import { PUBLISH_CYCLE_SECONDS, PUBLISH_EVERY, SAVE_EDITORS } from './saves'

export interface DatabaseReport {
  database: string
  /** When this part ran, and how busy the machine was (1-minute load average) then. */
  ranAt: string
  loadAverage: number
  label: string
  skipped: null | string
  corpus: null | { articles: number; reused: boolean; seconds: null | number }
  startToFirstApi200Ms: null | number
  serverIdleRssMiB: null | number
  /** The read model's fill before the server started: rows added, rendered, and how long. */
  deliveryModel?: null | { added: number; rendered: number; seconds: number }
  /** The search index's fill before the server started: stories indexed, and how long. */
  searchIndex?: null | { indexed: number; seconds: number }
  results: LoadResult[]
  importer: null | {
    /** Absent in reports written before it was recorded. */
    ranAt?: string
    pages: number
    imported: number
    failed: number
    seconds: number
    storiesPerSecond: number
    firstFailure: null | string
  }
  problems: string[]
}

export interface BenchReport {
  startedAt: string
  mode: 'full' | 'quick'
  machine: {
    cpus: number
    cpuModel: string
    memoryGiB: number
    node: string
    loadAverageAtStart: number[]
    loadAverageAtEnd: number[]
    note: string
  }
  settings: {
    schema: 'migrations' | 'push'
    articles: number
    connections: number
    durationSeconds: number
    warmupSeconds: number
  }
  databases: DatabaseReport[]
  adminStart: null | {
    database: string
    ranAt: string
    cold: null | { apiMs: number; adminMs: number; built: boolean }
    warm: null | { apiMs: number; adminMs: number; built: boolean }
    problem: null | string
  }
}

const fixed = (value: null | number | undefined, digits = 0): string =>
  value == null ? '–' : value.toFixed(digits)

const loads = (values: number[]): string => values.map((load) => load.toFixed(2)).join(' / ')

const seconds = (ms: null | number | undefined): string =>
  ms == null ? '–' : `${(ms / 1000).toFixed(1)} s`

/** How long the saves were counted; older results do not say, so it follows from their rate. */
const countedSeconds = (saves: LoadResult): string =>
  fixed(
    saves.countedSeconds ??
      (saves.requestsPerSecond ? saves.requests / saves.requestsPerSecond : null),
  )

/** The saves' times by kind, for the sentence under the table (absent in older results). */
const byKind = (saves: LoadResult): string =>
  saves.byKind
    ? `Drafts took p50 ${fixed(saves.byKind.drafts.p50Ms)} / p99 ${fixed(saves.byKind.drafts.p99Ms)} ms, ` +
      `publishes p50 ${fixed(saves.byKind.publishes.p50Ms)} / p99 ${fixed(saves.byKind.publishes.p99Ms)} ms. `
    : ''

const percent = (share: null | number | undefined): string =>
  share == null ? '' : `${(share * 100).toFixed(share > 0 && share < 0.01 ? 1 : 0)} %`

const loadTable = (results: LoadResult[]): string[] => [
  '| Read path | req/s | p50 ms | p99 ms | errors | non-2xx | cache hits | read model | peak RSS MiB | × floor |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (result) =>
      `| ${result.title} | ${fixed(result.requestsPerSecond)} | ${fixed(result.p50Ms)} | ${fixed(result.p99Ms)} | ${result.errors + result.timeouts} | ${result.non2xx} | ${percent(result.hitRate)} | ${percent(result.modelRate)} | ${fixed(result.peakRssMiB)} | ${result.ratioToFloor == null ? '' : fixed(result.ratioToFloor, 3)} |`,
  ),
]

/** The markdown record of one run: what ran where, then one table per database. */
export const renderMarkdown = (report: BenchReport): string => {
  const { machine, settings } = report
  const lines = [
    `# Benchmark results (${report.mode})`,
    '',
    `Run ${report.startedAt} by \`npm run bench${report.mode === 'quick' ? ' -- --quick' : ''}\`: ` +
      `${settings.articles} synthetic published articles, ${settings.connections} connections, ` +
      `${settings.durationSeconds} s measured per path after a ${settings.warmupSeconds} s warm-up. ` +
      'The server is `src/start.ts --no-admin` in production mode (JOBS=off); load comes from a ' +
      'second process (autocannon). Each path asks for one item (the hot path), rotates over all ' +
      'published stories, sections, tags or people (uniform: every request the next of a shuffled ' +
      'order; Zipf: s = 1), or rotates with the read cache bypassed (a unique query parameter ' +
      'per request). "Cache hits" is the share of reads answered from the read cache, ' +
      '"read model" the share answered from the delivery read model, as the front door ' +
      'counted them; the rest were computed by Payload. "× floor" is requests/s over the floor ' +
      'in the same run, rotating as the path does (hot against hot): the slug paths over the ' +
      "floor by slug, the lists over the floor's section list. The floor computes every answer " +
      'from the database. Schema: ' +
      (settings.schema === 'push'
        ? 'the committed migrations plus the current config pushed on top (as `npm run dev` does).'
        : 'the committed migrations only.'),
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
      `load average (1/5/15 min) at start ${loads(machine.loadAverageAtStart)}, at end ${loads(machine.loadAverageAtEnd)}. ${machine.note}`,
    '',
  ]
  for (const database of report.databases) {
    lines.push(`## ${database.database}`, '')
    if (database.skipped) {
      lines.push(`Skipped: ${database.skipped}`, '')
      continue
    }
    lines.push(
      `Ran ${database.ranAt}, 1-minute load average ${fixed(database.loadAverage, 2)}. ` +
        `${database.label}. Corpus: ${database.corpus?.articles ?? '–'} articles, ` +
        (database.corpus?.reused
          ? 'reused from an earlier run'
          : `written in ${fixed(database.corpus?.seconds, 1)} s`) +
        `. Start to first 200 on /api: ${seconds(database.startToFirstApi200Ms)}; idle RSS ${fixed(database.serverIdleRssMiB)} MiB.` +
        (database.deliveryModel
          ? ` Read model: ${database.deliveryModel.added} stories added and ${database.deliveryModel.rendered} rendered in ${fixed(database.deliveryModel.seconds, 1)} s before the start.`
          : '') +
        (database.searchIndex
          ? ` Search index: ${database.searchIndex.indexed} stories indexed in ${fixed(database.searchIndex.seconds, 1)} s before the start.`
          : ''),
      '',
      ...loadTable(database.results),
      '',
    )
    const saves = database.results.find((result) => result.name === 'editor-saves')
    if (saves) {
      lines.push(
        `Editor saves: "req/s" is saves/s. ${SAVE_EDITORS} editors, signed in, each save ` +
          `their own synthetic article once every ${AUTOSAVE_INTERVAL_MS / 1000} s (the admin's ` +
          `autosave pace; at once when a save ran late), with \`If-Match: "<updatedAt>"\` of ` +
          `the version they last saved, so a 409 means the server refused its own last version. ` +
          `The first ${PUBLISH_CYCLE_SECONDS} s, in which each editor saves ${PUBLISH_EVERY} ` +
          `times and publishes once, are warm-up and not counted (nor are the reads beside ` +
          `them); the next ${countedSeconds(saves)} s are. Refusals and errors are ` +
          `counted throughout. ` +
          `Every ${PUBLISH_EVERY}th save publishes (${saves.publishes ?? 0} did), the rest save ` +
          `drafts; ${saves.conflicts ?? 0} of the ${saves.non2xx} non-2xx were 409s. ` +
          byKind(saves) +
          `The REST slug reads in the row after them ran at the same time (Zipf over all ` +
          `stories, the stories the editors save among them): drafts leave the read cache ` +
          `alone, each publish empties it. The next two rows repeat it with the reads asked ` +
          `at a fixed rate (open loop) instead of as fast as they are answered.`,
        '',
      )
    }
    const onSecond = database.results.find(
      (result) => result.name === 'editor-saves-second-instance',
    )
    if (onSecond) {
      lines.push(
        `The last two rows repeat the same work with the editors on a second instance of the ` +
          `CMS sharing only the database, as a newsroom can run its admin apart from readers' ` +
          `traffic: the readers' instance sees each publish through the content version ` +
          `(${onSecond.publishes ?? 0} publishes, ${onSecond.non2xx} non-2xx). ` +
          byKind(onSecond) +
          `Both instances, the load generator and the database share the same cores.`,
        '',
      )
    }
    if (database.importer) {
      const importer = database.importer
      lines.push(
        `Importer: ${importer.imported} of ${importer.pages} synthetic wire pages in ${fixed(importer.seconds, 1)} s = ` +
          `**${fixed(importer.storiesPerSecond, 1)} stories/s** (published, one transaction each)` +
          (importer.failed > 0
            ? `; ${importer.failed} failed, first: ${importer.firstFailure}`
            : '') +
          `. Ran ${importer.ranAt ?? database.ranAt}.`,
        '',
      )
    }
    for (const problem of database.problems) lines.push(`- Problem: ${problem}`)
    if (database.problems.length > 0) lines.push('')
  }
  if (report.adminStart) {
    const { cold, warm, problem } = report.adminStart
    lines.push('## Start-up with the admin', '', `Ran ${report.adminStart.ranAt} on SQLite.`, '')
    if (cold) {
      lines.push(
        `- ${cold.built ? 'Rebuilt first (sources had changed; Next keeps a build cache in .next/cache, so a build from nothing takes longer)' : 'First start (admin build already fresh)'}: first 200 on /api after ${seconds(cold.apiMs)}, on /admin after ${seconds(cold.adminMs)}.`,
      )
    }
    if (warm) {
      lines.push(
        `- ${warm.built ? 'Second start (a source changed meanwhile, so it built again)' : 'Warm (build fresh)'}: first 200 on /api after ${seconds(warm.apiMs)}, on /admin after ${seconds(warm.adminMs)}.`,
      )
    }
    if (problem) lines.push(`- Problem: ${problem}`)
    lines.push('')
  }
  return `${lines.join('\n')}\n`
}

/**
 * A run of one part (`--only`) keeps the other parts of the last report of the same mode, each
 * with the time it ran.
 */
export const mergeReports = (previous: BenchReport | null, next: BenchReport): BenchReport => {
  if (!previous || previous.mode !== next.mode) return next
  const ran = new Set(next.databases.map((database) => database.database))
  const kept = previous.databases.filter((database) => !ran.has(database.database))
  // A run without the importer (--no-import) keeps the last importer result of that database.
  const importerOf = (name: string) =>
    previous.databases.find((database) => database.database === name)?.importer ?? null
  const measured = next.databases.map((database) =>
    database.importer || database.skipped
      ? database
      : { ...database, importer: importerOf(database.database) },
  )
  const order = ['SQLite', 'PostgreSQL']
  return {
    ...next,
    databases: [...kept, ...measured].sort(
      (a, b) => order.indexOf(a.database) - order.indexOf(b.database),
    ),
    adminStart: next.adminStart ?? previous.adminStart,
  }
}
