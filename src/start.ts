/**
 * `npm start` (and `npm run dev` with --dev): the whole CMS on one machine with no settings.
 * Checks the settings, builds the admin if needed, migrates, seeds an empty database, serves.
 *
 * Flags: --dev (development mode), --build-only (build the admin and stop: the Docker image's
 * build step), --no-admin (serve the API alone, no admin build: job runners and tests).
 */
import { createServer as createHttpServer } from 'node:http'

import {
  StartupError,
  databaseUrl,
  ensureSecret,
  host,
  isDeployment,
  isGraphQLPlaygroundOn,
  jobsMode,
  port,
} from './settings'

const isDev = process.argv.includes('--dev')
const isBuildOnly = process.argv.includes('--build-only')
const hasAdmin = !process.argv.includes('--no-admin')

// Next types NODE_ENV as read-only; it must be settled before Next or Payload load.
const env = process.env as Record<string, string | undefined>
env.NODE_ENV ??= isDev ? 'development' : 'production'
env.NEXT_TELEMETRY_DISABLED ??= '1'

const say = (message: string) => console.log(`[newsroom] ${message}`)

const main = async () => {
  const { secret, source } = ensureSecret()
  process.env.PAYLOAD_SECRET = secret
  const listenPort = port()
  const listenHost = host()
  const runJobs = jobsMode() === 'run'
  const { databaseKind, redact } = await import('./database/url')
  const database = databaseUrl()
  databaseKind(database) // a malformed URL stops us here, before minutes of building
  say(`Using the secret from ${source}`)

  if (hasAdmin && !isDev) {
    const { ensureAdminBuild } = await import('./adminBuild')
    ensureAdminBuild(say)
  }
  if (isBuildOnly) return

  // Imported only now: the config reads the environment prepared above.
  const { createServer } = await import('./server')
  const { closeGracefully } = await import('./http/shutdown')

  say(`Database: ${redact(database)}`)
  const { listener, payload, close } = await createServer({
    admin: hasAdmin && { dev: isDev },
    runJobs,
  }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error)
    throw new StartupError([
      `the database at ${redact(database)} could not be opened: ${reason}. Check DATABASE_URL and that the database server is running.`,
    ])
  })

  // Seeding runs before listening: on SQLite it holds the one connection in a transaction.
  const { seedIfEmpty } = await import('../seed/seed')
  const seed = await seedIfEmpty(payload, { createLocalUsers: !isDeployment() })
  // After the seed, so its stories are counted too (see src/database/sqlite/plannerStatistics.ts).
  const { keepPlannerStatisticsFresh } = await import('./database/sqlite/plannerStatistics')
  await keepPlannerStatisticsFresh(payload)
  if (seed.summary) {
    say(
      `Loaded the seed story: ${seed.summary.created} documents created, ${seed.summary.warnings} warnings`,
    )
  }
  const { totalDocs: accounts } = await payload.count({ collection: 'users', overrideAccess: true })

  const server = createHttpServer(listener).listen(listenPort, listenHost, () => {
    const url = payload.config.serverURL
    // First what a newcomer opens: the published stories as readers see them, then the admin.
    say(`Reader site: ${url}/  (published stories, the seed story among them)`)
    if (hasAdmin)
      say(`Admin:       ${url}/admin  (the desk's queues; Preview shows a draft's page)`)
    say(
      `Jobs:        ${runJobs ? 'scheduled publishing runs in this process' : 'off here (JOBS=off)'}`,
    )
    const playground = isGraphQLPlaygroundOn()
      ? `  (playground: ${url}/api/graphql-playground)`
      : ''
    say(`GraphQL:     ${url}/api/graphql${playground}`)
    say(`REST:        ${url}/api`)
    for (const user of seed.users) {
      const password = user.password
        ? `password ${user.password} (shown once)`
        : 'password from the environment'
      say(`Local ${user.role}: ${user.email}, ${password}`)
    }
    if (accounts === 0 && isDeployment()) {
      say(
        'No accounts yet: set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD and restart, or run `npm run create-admin` (docs/deploy.md).',
      )
    } else if (accounts === 0) {
      say(`No accounts yet: open ${url}/admin and create the first one; it becomes the admin.`)
    } else if (seed.users.length === 0) {
      say(`Log in at ${url}/admin with your account.`)
    }
  })

  let isStopping = false
  const stop = async (signal: string) => {
    if (isStopping) return
    isStopping = true
    say(`${signal} received: finishing requests in flight, then closing the database`)
    await closeGracefully(server, close)
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((error: unknown) => {
  const isExpected =
    error instanceof StartupError || (error instanceof Error && error.name === 'DatabaseUrlError')
  console.error(isExpected ? (error as Error).message : error)
  process.exit(1)
})
