/**
 * `npm run bench` (full) and `npm run bench -- --quick` (about a minute): builds or reuses the
 * synthetic corpus, starts the CMS in production mode and the floor as their own processes, loads
 * each read path from this process, and writes bench/results/latest(-quick).{json,md}.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import * as prettier from 'prettier'

import { slugify } from '../src/domain/slug'
import { ensureSecret } from '../src/settings'
import { planPools } from './corpus/plan'
import { isReusableCorpus, readStamp, stampFor } from './corpus/stamp'
import { DATA_DIR, benchDatabase, migrationNames } from './databases'
import type { BenchDatabaseHandle } from './databases'
import { loadScenario, withFloorRatios } from './load'
import { BenchUsageError, DEFAULT_ARTICLES, USAGE, parseBenchOptions } from './options'
import type { BenchDatabase, BenchOptions } from './options'
import { rssMiB, sampleRss, startNodeScript, waitFor200 } from './processes'
import type { RunningProcess } from './processes'
import type { BenchReport, DatabaseReport } from './report'
import { mergeReports, renderMarkdown } from './report'
import { lastJsonLine, runNodeScript } from './run'
import {
  COUNTED_PUBLISH_CYCLES,
  PUBLISH_CYCLE_SECONDS,
  PUBLISH_EVERY,
  SAVE_EDITORS,
  editorToken,
  runSaves,
  savesResult,
} from './saves'
import { scenarios, slugReads } from './scenarios'
import { searchQueries } from './searchQueries'
import { AUTOSAVE_INTERVAL_MS } from '../collections/Articles/autosave'
import type { BenchTargets, Scenario } from './scenarios'
import { measureAdminStart } from './startup'

const RESULTS_DIR = path.join('bench', 'results')
const say = (message: string) => console.error(`[bench] ${message}`)

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

/** Builds the corpus, or reuses the stored one when its stamp and article count match. */
const ensureCorpus = async (
  handle: BenchDatabaseHandle,
  articles: number,
  env: Record<string, string>,
) => {
  const migrations = migrationNames(handle.kind)
  if (!isReusableCorpus(readStamp(handle.stampFile), stampFor(articles, migrations))) {
    await handle.reset()
  }
  const args = ['--articles', String(articles), '--stamp', handle.stampFile]
  const write = () =>
    runNodeScript('bench/corpus/cli.ts', [...args, '--migrations', migrations.join(',')], {
      ...env,
      DATABASE_URL: handle.url,
    })
  let outcome = await write()
  if (outcome.code !== 0) {
    // A stamp can outlive its database (dropped, deleted): start that corpus again once.
    say('the stored corpus could not be used; writing it again')
    await handle.reset()
    outcome = await write()
  }
  if (outcome.code !== 0) throw new Error('the corpus could not be written (see above)')
  return lastJsonLine<{ reused: boolean; seconds: null | number }>(outcome.stdout)
}

const getJson = async (url: string): Promise<{ docs?: { id: number | string }[] }> => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return (await response.json()) as { docs?: { id: number | string }[] }
}

const idBySlug = async (baseUrl: string, collection: string, slug: string) => {
  const { docs } = await getJson(
    `${baseUrl}/api/${collection}?where[slug][equals]=${slug}&limit=1&depth=0`,
  )
  const id = docs?.[0]?.id
  if (id === undefined) throw new Error(`no ${collection} with slug ${slug} in the corpus`)
  return id
}

/** Every id of a registry collection, in id order, a page of 100 (the most one read may ask) at a time. */
const allIds = async (baseUrl: string, collection: string): Promise<(number | string)[]> => {
  const ids: (number | string)[] = []
  for (let page = 1; ; page += 1) {
    const response = await fetch(
      `${baseUrl}/api/${collection}?limit=100&page=${page}&depth=0&sort=id&select[slug]=true`,
    )
    if (!response.ok) throw new Error(`${collection} page ${page} answered ${response.status}`)
    const { docs, hasNextPage } = (await response.json()) as {
      docs: { id: number | string }[]
      hasNextPage: boolean
    }
    ids.push(...docs.map((doc) => doc.id))
    if (!hasNextPage) break
  }
  if (ids.length === 0) throw new Error(`no ${collection} in the corpus`)
  return ids
}

/**
 * All published stories, sections, tags and people; the hot path asks for a story in the middle
 * of the archive and the busiest section, topic and person, as the one-story rows always did.
 */
const findTargets = async (baseUrl: string, articles: number): Promise<BenchTargets> => {
  const pools = planPools(articles)
  const [sectionIds, tagIds, personIds] = await Promise.all(
    ['sections', 'tags', 'people'].map((collection) => allIds(baseUrl, collection)),
  )
  const hot = {
    section: await idBySlug(baseUrl, 'sections', slugify(pools.sections[0] ?? 'World')),
    tag: await idBySlug(baseUrl, 'tags', slugify(pools.tags[0] ?? '')),
    person: await idBySlug(baseUrl, 'people', slugify(pools.people[0] ?? '')),
  }
  const first = <T>(ids: T[], id: T) => [id, ...ids.filter((other) => other !== id)]
  return {
    slugs: Array.from({ length: articles }, (_, index) => `synthetic-${index + 1}`),
    hotSlug: `synthetic-${Math.ceil(articles / 2)}`,
    sectionIds: first(sectionIds!, hot.section),
    tagIds: first(tagIds!, hot.tag),
    personIds: first(personIds!, hot.person),
    searchQueries: searchQueries(pools),
  }
}

/** One request per path before loading it: a 200 with documents, or the load would mean nothing. */
const probe = async (baseUrl: string, scenario: Scenario): Promise<null | string> => {
  const request = scenario.next()
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: scenario.method,
    body: request.body,
    headers: request.body ? { 'content-type': 'application/json' } : {},
  })
  const text = await response.text()
  if (response.status !== 200)
    return `${scenario.name} answered ${response.status}: ${text.slice(0, 300)}`
  const body = JSON.parse(text) as {
    docs?: unknown[]
    errors?: unknown[]
    data?: { Articles?: { docs?: unknown[] } }
  }
  const docs = body.docs ?? body.data?.Articles?.docs
  if (body.errors || !docs || docs.length === 0) {
    return `${scenario.name} found nothing: ${text.slice(0, 300)}`
  }
  return null
}

/** Where the editors' saves go: the instance the readers use, or a second one beside it. */
interface EditorsInstance {
  url: string
  pid: number
  /** Row names and titles for a second instance get this added. */
  label: null | string
  /** A suffix for the rows' names, so each run's rows stay apart. */
  suffix: string
}

/**
 * The REST slug read (Zipf over all stories) loaded again while SAVE_EDITORS editors work on
 * synthetic articles, the hot story among them (a live story updated while readers pile in): two
 * rows, the saves and the reads beside them. The reads come as fast as they are answered, or at a
 * fixed rate (`readRate`, open loop: a working newsroom's traffic does not wait for its saves).
 * The drafts leave the read cache alone; each publish empties it.
 */
const savesDuringReads = async (
  cmsUrl: string,
  pid: number,
  editors: EditorsInstance,
  targets: BenchTargets,
  options: BenchOptions,
  readRate = 0,
) => {
  const slugScenario = slugReads(targets, 'zipf')
  const token = await editorToken(editors.url)
  const others = Array.from({ length: SAVE_EDITORS }, (_, index) => `synthetic-${index + 1}`)
  const slugs = [targets.hotSlug, ...others.filter((slug) => slug !== targets.hotSlug)]
  const articleIds = await Promise.all(
    slugs.slice(0, SAVE_EDITORS).map((slug) => idBySlug(cmsUrl, 'articles', slug)),
  )
  // Whole publish cycles, however short the other paths ran (see COUNTED_PUBLISH_CYCLES).
  const cycles = COUNTED_PUBLISH_CYCLES[options.isQuick ? 'quick' : 'full']
  const seconds = Math.max(options.duration, cycles * PUBLISH_CYCLE_SECONDS)
  // One cycle uncounted first, in which every editor saves and publishes once: the first saves
  // after a start compile Payload's write path, a cost a process pays once, not all day.
  const warmup = PUBLISH_CYCLE_SECONDS
  const atRate = readRate > 0 ? `, reads at ${readRate} req/s` : ', reads at saturation'
  say(
    `editor saves during reads${editors.label ? `, ${editors.label}` : ''}${atRate} (${warmup} s warm-up, ${seconds} s counted)`,
  )
  const rss = sampleRss(pid)
  const editorsRss = sampleRss(editors.pid)
  const [saves, reads] = await Promise.all([
    runSaves({
      baseUrl: editors.url,
      token,
      articleIds,
      durationMs: seconds * 1000,
      warmupMs: warmup * 1000,
      intervalMs: AUTOSAVE_INTERVAL_MS,
      publishEvery: PUBLISH_EVERY,
    }),
    loadScenario(
      {
        ...slugScenario,
        name: `rest-slug-during-saves${editors.suffix}`,
        title: `${slugScenario.title}, while editors save${editors.label ? ` ${editors.label}` : ''}${readRate > 0 ? ` (asked at ${readRate} req/s)` : ''}`,
      },
      {
        baseUrl: cmsUrl,
        pid,
        connections: options.connections,
        duration: seconds,
        warmup,
        overallRate: readRate,
      },
    ),
  ])
  const peak = Math.round(rss.stop())
  const editorsPeak = Math.round(editorsRss.stop())
  say(
    `  saves: ${saves.savesPerSecond}/s (${saves.publishes} publishes), p50 ${saves.p50Ms} ms, p99 ${saves.p99Ms} ms (drafts ${saves.drafts.p50Ms} / ${saves.drafts.p99Ms}, publishes ${saves.publishing.p50Ms} / ${saves.publishing.p99Ms}), ${saves.non2xx} non-2xx (${saves.conflicts} × 409), ${saves.errors} errors`,
  )
  say(`  reads beside them: ${reads.requestsPerSecond} req/s, p99 ${reads.p99Ms} ms`)
  const problems = saves.firstFailure ? [`editor saves: first refusal ${saves.firstFailure}`] : []
  const savesRow = savesResult(saves, editorsPeak)
  const rows = [
    {
      ...savesRow,
      name: `${savesRow.name}${editors.suffix}`,
      title: `${savesRow.title}${editors.label ? `, ${editors.label}` : ''}${readRate > 0 ? `, reads at ${readRate} req/s` : ', reads at saturation'}`,
      targetRate: readRate || null,
    },
    editors.label ? reads : { ...reads, peakRssMiB: peak },
  ]
  return { rows, problems }
}

const runImporter = async (
  kind: BenchDatabase,
  options: BenchOptions,
  env: Record<string, string>,
) => {
  const handle = benchDatabase(kind, 'import', options.postgresUrl)
  await handle.reset()
  say(`importing ${options.importPages} synthetic wire pages on ${kind}`)
  const outcome = await runNodeScript(
    'bench/importer.ts',
    ['--pages', String(options.importPages)],
    {
      ...env,
      DATABASE_URL: handle.url,
    },
  )
  const result = lastJsonLine<NonNullable<DatabaseReport['importer']>>(outcome.stdout)
  if (outcome.code !== 0 || !result)
    throw new Error(`the importer run failed (exit ${outcome.code})`)
  return { ...result, ranAt: new Date().toISOString() }
}

/** One database's part of the report before anything was measured, stamped with time and load. */
const emptyDatabaseReport = (
  kind: BenchDatabase,
  label: string,
  skipped: null | string,
): DatabaseReport => ({
  database: kind === 'sqlite' ? 'SQLite' : 'PostgreSQL',
  ranAt: new Date().toISOString(),
  loadAverage: os.loadavg()[0] ?? 0,
  label,
  skipped,
  corpus: null,
  startToFirstApi200Ms: null,
  serverIdleRssMiB: null,
  results: [],
  importer: null,
  problems: [],
})

const benchDatabaseKind = async (
  kind: BenchDatabase,
  options: BenchOptions,
  env: Record<string, string>,
): Promise<DatabaseReport> => {
  const report = emptyDatabaseReport(kind, '', null)
  if (kind === 'postgres' && !options.postgresUrl) {
    report.skipped = 'no Postgres URL given (--postgres <url> or BENCH_POSTGRES_URL)'
    say(`PostgreSQL skipped: ${report.skipped}`)
    return report
  }
  const handle = benchDatabase(kind, `corpus_${options.articles}`, options.postgresUrl)
  report.label = handle.label
  say(`${report.database}: corpus of ${options.articles} articles`)
  const corpus = await ensureCorpus(handle, options.articles, env)
  report.corpus = {
    articles: options.articles,
    reused: corpus?.reused ?? false,
    seconds: corpus?.seconds ?? null,
  }
  if (options.isSchemaPushed) {
    say(`${report.database}: pushing the current config's schema (indexes) onto the corpus`)
    const push = await runNodeScript('bench/corpus/syncSchema.ts', [], {
      ...env,
      NODE_ENV: 'development',
      DATABASE_URL: handle.url,
    })
    if (push.code !== 0) throw new Error('the schema push failed (see above)')
  }

  say(`${report.database}: filling the delivery read model (every published story rendered once)`)
  const model = await runNodeScript('bench/deliveryModel.ts', [], {
    ...env,
    DATABASE_URL: handle.url,
  })
  if (model.code !== 0) throw new Error('the delivery read model could not be filled (see above)')
  report.deliveryModel = lastJsonLine<NonNullable<DatabaseReport['deliveryModel']>>(model.stdout)

  say(`${report.database}: indexing the corpus for search (every story that has no row yet)`)
  const search = await runNodeScript('bench/searchIndex.ts', [], {
    ...env,
    DATABASE_URL: handle.url,
  })
  if (search.code !== 0) throw new Error('the search index could not be filled (see above)')
  report.searchIndex = lastJsonLine<NonNullable<DatabaseReport['searchIndex']>>(search.stdout)

  const editor = await runNodeScript('bench/editorAccount.ts', [], {
    ...env,
    DATABASE_URL: handle.url,
  })
  if (editor.code !== 0) report.problems.push('editor saves: the bench editor could not be made')

  const running: RunningProcess[] = []
  try {
    const [cmsPort, floorPort] = [await freePort(), await freePort()]
    const cmsUrl = `http://127.0.0.1:${cmsPort}`
    const floorUrl = `http://127.0.0.1:${floorPort}`
    const startedAt = Date.now()
    const cms = startNodeScript('src/start.ts', ['--no-admin'], {
      ...env,
      DATABASE_URL: handle.url,
      PORT: String(cmsPort),
      // The front door's counts of kept, model and computed answers, for each row's hit rate.
      NEWSROOM_READ_COUNTS: '1',
    })
    running.push(cms)
    report.startToFirstApi200Ms = await waitFor200(
      `${cmsUrl}/api/articles?limit=1&depth=0`,
      cms,
      startedAt,
    )
    const floor = startNodeScript('bench/floor/server.ts', [], {
      DATABASE_URL: handle.url,
      PORT: String(floorPort),
    })
    running.push(floor)
    await waitFor200(`${floorUrl}/articles/slug/synthetic-1`, floor, Date.now())
    report.serverIdleRssMiB = Math.round(rssMiB(cms.pid) ?? 0)

    const targets = await findTargets(cmsUrl, options.articles)
    // A floor runs when its path does (or when every path does).
    const isWanted = (scenario: Scenario) =>
      (scenario.server === 'floor' &&
        (options.paths.length === 0 ||
          scenarios(targets).some(
            (cms) =>
              cms.floor?.startsWith(scenario.name.replace(/-(hot|uniform)$/, '')) &&
              options.paths.some((word) => cms.name.includes(word)),
          ))) ||
      options.paths.length === 0 ||
      options.paths.some((word) => scenario.name.includes(word))
    for (const scenario of scenarios(targets).filter(isWanted)) {
      const isFloor = scenario.server === 'floor'
      const baseUrl = isFloor ? floorUrl : cmsUrl
      const problem = await probe(baseUrl, scenario)
      if (problem) report.problems.push(problem)
      say(`${report.database}: ${scenario.title}`)
      const result = await loadScenario(scenario, {
        baseUrl,
        pid: isFloor ? floor.pid : cms.pid,
        connections: options.connections,
        duration: options.duration,
        warmup: options.warmup,
      })
      say(`  ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`)
      report.results.push(result)
    }
    if (options.isSavesMeasured) {
      try {
        for (const readRate of [0, options.readRate]) {
          const { rows, problems } = await savesDuringReads(
            cmsUrl,
            cms.pid,
            { url: cmsUrl, pid: cms.pid, label: null, suffix: readRate ? '-at-rate' : '' },
            targets,
            options,
            readRate,
          )
          report.results.push(...rows)
          report.problems.push(...problems)
        }
        // The same work with the newsroom on an instance of its own, sharing only the database.
        const editorsPort = await freePort()
        const editorsUrl = `http://127.0.0.1:${editorsPort}`
        const editorsCms = startNodeScript('src/start.ts', ['--no-admin'], {
          ...env,
          DATABASE_URL: handle.url,
          PORT: String(editorsPort),
        })
        running.push(editorsCms)
        await waitFor200(`${editorsUrl}/api/articles?limit=1&depth=0`, editorsCms, Date.now())
        const second = await savesDuringReads(
          cmsUrl,
          cms.pid,
          {
            url: editorsUrl,
            pid: editorsCms.pid,
            label: 'on a second instance',
            suffix: '-second-instance',
          },
          targets,
          options,
        )
        report.results.push(...second.rows)
        report.problems.push(...second.problems)
      } catch (error) {
        report.problems.push(
          `editor saves: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }
    report.results = withFloorRatios(report.results)
  } finally {
    for (const process of running.reverse()) await process.stop()
  }
  if (options.importPages > 0) {
    try {
      report.importer = await runImporter(kind, options, env)
    } catch (error) {
      report.problems.push(`importer: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return report
}

const failedDatabase = (kind: BenchDatabase, message: string): DatabaseReport =>
  emptyDatabaseReport(kind, kind, `failed: ${message}`)

const readReport = (file: string): BenchReport | null => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BenchReport
  } catch {
    return null
  }
}

/**
 * Writes the report, keeping the parts of the last one that this run did not measure, formatted
 * as the repository's Prettier settings want (the results are committed).
 */
const writeReport = async (report: BenchReport, name: string, previous: BenchReport | null) => {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const merged = mergeReports(previous, report)
  const write = async (file: string, text: string) => {
    const options = (await prettier.resolveConfig(file)) ?? {}
    writeFileSync(file, await prettier.format(text, { ...options, filepath: file }))
  }
  await write(path.join(RESULTS_DIR, `${name}.json`), JSON.stringify(merged, null, 2))
  await write(path.join(RESULTS_DIR, `${name}.md`), renderMarkdown(merged))
  return merged
}

const main = async (): Promise<void> => {
  const options = parseBenchOptions(process.argv.slice(2))
  mkdirSync(DATA_DIR, { recursive: true })
  const env = {
    NODE_ENV: 'production',
    JOBS: 'off',
    // The load comes from one address: the per-address read limit would measure itself.
    ANONYMOUS_READ_RATE_LIMIT: 'off',
    HOST: '127.0.0.1',
    DATA_DIR,
    PAYLOAD_SECRET: ensureSecret({ ...process.env, DATA_DIR }).secret,
  }
  const cpus = os.cpus()
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    mode: options.isQuick ? 'quick' : 'full',
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverageAtStart: os.loadavg(),
      loadAverageAtEnd: [],
      note: 'The load generator, the server and the floor share these cores (and, on a shared machine, other work): compare ratios within one run rather than absolute numbers across machines.',
    },
    settings: {
      schema: options.isSchemaPushed ? 'push' : 'migrations',
      articles: options.articles,
      connections: options.connections,
      durationSeconds: options.duration,
      warmupSeconds: options.warmup,
    },
    databases: [],
    adminStart: null,
  }
  // Written after every step, so a run cut short still leaves what it measured.
  // A corpus of another size gets its own file, so the 10 000-article table stays as it is.
  const name = options.isQuick
    ? 'latest-quick'
    : options.articles === DEFAULT_ARTICLES
      ? 'latest'
      : `latest-${options.articles}`
  const previous = readReport(path.join(RESULTS_DIR, `${name}.json`))
  let saved = report
  const save = async () => {
    report.machine.loadAverageAtEnd = os.loadavg()
    saved = await writeReport(report, name, previous)
  }
  for (const kind of options.databases) {
    try {
      report.databases.push(await benchDatabaseKind(kind, options, env))
    } catch (error) {
      const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : ''
      const message = `${error instanceof Error ? error.message : String(error)}${cause}`
      say(`${kind} failed: ${message}`)
      report.databases.push(failedDatabase(kind, message))
    }
    await save()
  }
  if (options.isAdminStartMeasured) {
    say('start-up with the admin (builds it first when the sources changed)')
    report.adminStart = await measureAdminStart(
      benchDatabase('sqlite', `corpus_${options.articles}`, null),
      env,
      freePort,
    )
    await save()
  }
  await save()
  process.stdout.write(renderMarkdown(saved))
  say(`written to ${RESULTS_DIR}/${name}.{json,md}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof BenchUsageError) {
      console.error(`${error.message}\n${USAGE}`)
      process.exit(2)
    }
    console.error(error)
    process.exit(1)
  },
)
