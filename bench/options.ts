import { parseArgs } from 'node:util'

export type BenchDatabase = 'postgres' | 'sqlite'

export interface BenchOptions {
  isQuick: boolean
  articles: number
  connections: number
  /** Seconds of measured load per read path (after a warm-up). */
  duration: number
  warmup: number
  databases: BenchDatabase[]
  postgresUrl: string | null
  /** Synthetic wire pages to import for the importer's throughput; 0 skips it. */
  importPages: number
  /** Push the current config's schema onto the corpus (as `npm run dev` does) before loading. */
  isSchemaPushed: boolean
  /** Time `npm start` with the admin to its first 200 on /admin. */
  isAdminStartMeasured: boolean
  /** The fixed rate (open loop) of the reads beside the editors' saves, besides saturation. */
  readRate: number
  /** Load only the read paths whose names contain one of these (and their floors); all if empty. */
  paths: string[]
  /** Measure the editors' saves beside the reads. */
  isSavesMeasured: boolean
}

/** The corpus a full run uses unless told otherwise, as the issue sets it. */
export const DEFAULT_ARTICLES = 10_000

export const USAGE = `Usage: npm run bench -- [--quick] [--articles N] [--connections 64] [--duration 10]
                        [--only sqlite|postgres|admin] [--postgres <url>] [--import-pages 1000] [--no-admin] [--no-push] [--no-import]
                        [--read-rate 2000] [--paths rest-slug,graphql] [--no-saves]
  --paths loads only the read paths whose names contain one of the words, and their floors.
  --only runs one part and keeps the other parts of the last report (admin: start-up times only).
  Postgres runs when --postgres or BENCH_POSTGRES_URL names a server the bench may create a database on.
  --no-push: load the schema of the committed migrations only (by default the current config's
  indexes are pushed onto the corpus first, so a change shows before its migration exists).`

export class BenchUsageError extends Error {}

const positiveInteger = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    throw new BenchUsageError(`--${name} must be a whole number above 0; got "${value}"`)
  }
  return number
}

const parseFlags = (argv: string[]) => {
  try {
    return parseArgs({
      args: argv,
      options: {
        quick: { type: 'boolean', default: false },
        articles: { type: 'string' },
        connections: { type: 'string' },
        duration: { type: 'string' },
        only: { type: 'string' },
        postgres: { type: 'string' },
        'import-pages': { type: 'string' },
        'no-admin': { type: 'boolean', default: false },
        'no-push': { type: 'boolean', default: false },
        'no-import': { type: 'boolean', default: false },
        'no-saves': { type: 'boolean', default: false },
        'read-rate': { type: 'string' },
        paths: { type: 'string' },
      },
    })
  } catch (error) {
    // Node's own message names the flag: "Unknown option '--fast'".
    throw new BenchUsageError(error instanceof Error ? error.message : String(error))
  }
}

/** The bench's flags: full by default, `--quick` for a run of about a minute on SQLite. */
export const parseBenchOptions = (
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): BenchOptions => {
  const { values } = parseFlags(argv)
  const isQuick = values.quick
  const articles = positiveInteger('articles', values.articles, isQuick ? 2_000 : DEFAULT_ARTICLES)
  if (articles > 100_000) throw new BenchUsageError(`--articles goes up to 100000; got ${articles}`)
  const only = values.only
  if (only !== undefined && only !== 'sqlite' && only !== 'postgres' && only !== 'admin') {
    throw new BenchUsageError(`--only is sqlite, postgres or admin; got "${only}"`)
  }
  const postgresUrl = values.postgres ?? env.BENCH_POSTGRES_URL ?? null
  if (postgresUrl !== null && !/^postgres(ql)?:\/\//.test(postgresUrl)) {
    throw new BenchUsageError('--postgres / BENCH_POSTGRES_URL must be a postgres:// URL')
  }
  const databases: BenchDatabase[] = only === 'admin' ? [] : only ? [only] : ['sqlite', 'postgres']
  return {
    isQuick,
    articles,
    connections: positiveInteger('connections', values.connections, 64),
    duration: positiveInteger('duration', values.duration, isQuick ? 5 : 10),
    warmup: isQuick ? 2 : 3,
    databases,
    postgresUrl,
    importPages: values['no-import']
      ? 0
      : positiveInteger('import-pages', values['import-pages'], isQuick ? 50 : 1_000),
    isSchemaPushed: !values['no-push'],
    isAdminStartMeasured: only === 'admin' || (!isQuick && !only && !values['no-admin']),
    readRate: positiveInteger('read-rate', values['read-rate'], 2_000),
    paths: (values.paths ?? '').split(',').filter(Boolean),
    isSavesMeasured: !values['no-saves'],
  }
}
