import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { ValueLimits } from './domain/security/filterValues'
import { parseRateLimit } from './domain/security/rateLimiter'
import type { RateLimit } from './domain/security/rateLimiter'
import { parseTrustProxy } from './domain/security/trustProxy'
import type { TrustProxy } from './domain/security/trustProxy'

/**
 * Everything the CMS reads from the environment, in one place. The README's configuration table
 * lists these same variables; a test checks that the two agree.
 */
export const ENVIRONMENT_VARIABLES = [
  'DATABASE_URL',
  'PAYLOAD_SECRET',
  'SERVER_URL',
  'SITE_URL',
  'SITE_NAME',
  'PORT',
  'HOST',
  'NEWSROOM_DEPLOYMENT',
  'DATA_DIR',
  'MEDIA_DIR',
  'NODE_ENV',
  'LOG_LEVEL',
  'JOBS',
  'POSTGRES_PREPARED_STATEMENTS',
  'GRAPHQL_INTROSPECTION',
  'GRAPHQL_PLAYGROUND',
  'LOGIN_RATE_LIMIT',
  'PASSWORD_RESET_RATE_LIMIT',
  'ANONYMOUS_READ_RATE_LIMIT',
  'TRUST_PROXY',
  'QUERY_MAX_VALUE_LENGTH',
  'QUERY_MAX_WORDS',
  'GRAPHQL_MAX_QUERY_LENGTH',
  'GRAPHQL_MAX_TOKENS',
  'GRAPHQL_MAX_COST',
  'SEED_ADMIN_EMAIL',
  'SEED_ADMIN_PASSWORD',
  'SEED_EDITOR_EMAIL',
  'SEED_EDITOR_PASSWORD',
  'SEED_WRITER_EMAIL',
  'SEED_WRITER_PASSWORD',
  'NEWSROOM_READ_COUNTS',
] as const

type Env = Record<string, string | undefined>

export const DEFAULT_PORT = 3000
export const MIN_SECRET_LENGTH = 32

export const dataDir = (env: Env = process.env): string => env.DATA_DIR || 'data'
export const mediaDir = (env: Env = process.env): string =>
  env.MEDIA_DIR || path.join(dataDir(env), 'media')

export const databaseUrl = (env: Env = process.env): string =>
  env.DATABASE_URL || `file:${path.join(dataDir(env), 'newsroom.db')}`

/** A switch is on when set to 1, true or yes, in any case. */
const isSwitchedOn = (value: string | undefined): boolean =>
  ['1', 'true', 'yes'].includes((value ?? '').toLowerCase())

/** A deployment declares itself; from then on nothing is generated or guessed. */
export const isDeployment = (env: Env = process.env): boolean =>
  isSwitchedOn(env.NEWSROOM_DEPLOYMENT)

/** The bench's counts of where anonymous reads were answered from (src/readCache/frontDoor.ts). */
export const isReadCountShown = (env: Env = process.env): boolean =>
  isSwitchedOn(env.NEWSROOM_READ_COUNTS)

/**
 * GraphQL introspection and the playground are on outside a deployment, `npm start`'s production
 * mode included: a developer trying the CMS on their machine needs them. A deployment's show the
 * whole schema to anyone, so there each needs its own switch.
 */
export const isGraphQLIntrospectionOn = (env: Env = process.env): boolean =>
  !isDeployment(env) || isSwitchedOn(env.GRAPHQL_INTROSPECTION)

export const isGraphQLPlaygroundOn = (env: Env = process.env): boolean =>
  !isDeployment(env) || isSwitchedOn(env.GRAPHQL_PLAYGROUND)

export const port = (env: Env = process.env): number => {
  const raw = env.PORT ?? String(DEFAULT_PORT)
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new StartupError([`PORT must be a whole number from 0 to 65535, got "${raw}"`])
  }
  return value
}

/**
 * Whether this process runs the job queue (scheduled publishing). Exactly one process of a
 * deployment should; on a single machine that is the server itself, hence the default.
 */
export const jobsMode = (env: Env = process.env): 'off' | 'run' => {
  const value = (env.JOBS ?? 'run').toLowerCase()
  if (value === 'run' || value === 'off') return value
  throw new StartupError([`JOBS must be "run" or "off", got "${env.JOBS}"`])
}

/**
 * Whether repeated PostgreSQL statements are sent as named prepared statements (parsed and planned
 * once per connection). A pooler in transaction mode that does not track them (PgBouncer before
 * 1.21, or without max_prepared_statements) needs them off.
 */
export const postgresPreparedStatements = (env: Env = process.env): boolean => {
  const value = (env.POSTGRES_PREPARED_STATEMENTS ?? 'on').toLowerCase()
  if (value === 'on' || value === 'off') return value === 'on'
  throw new StartupError([
    `POSTGRES_PREPARED_STATEMENTS must be "on" or "off", got "${env.POSTGRES_PREPARED_STATEMENTS}"`,
  ])
}

export const logLevel = (env: Env = process.env): string => env.LOG_LEVEL || 'info'

export const host = (env: Env = process.env): string => env.HOST || '127.0.0.1'

export const serverUrl = (env: Env = process.env): string =>
  (env.SERVER_URL || `http://localhost:${port(env)}`).replace(/\/+$/, '')

/** Where readers read a story (at /articles/:slug): the front end's origin, the CMS's by default. */
export const siteUrl = (env: Env = process.env): string =>
  (env.SITE_URL || serverUrl(env)).replace(/\/+$/, '')

/** The publication's name in JSON-LD and ninjs outputs. */
export const siteName = (env: Env = process.env): string => env.SITE_NAME?.trim() || 'Newsroom CMS'

export const DEFAULT_LOGIN_RATE_LIMIT = '20/600'
export const DEFAULT_PASSWORD_RESET_RATE_LIMIT = '5/900'

const rateLimit = (name: string, text: string): RateLimit | 'off' => {
  const parsed = parseRateLimit(name, text)
  if (typeof parsed === 'object' && 'problem' in parsed) throw new StartupError([parsed.problem])
  return parsed
}

/** Failed sign-ins allowed per client address and window (REST and GraphQL counted together). */
export const loginRateLimit = (env: Env = process.env): RateLimit | 'off' =>
  rateLimit('LOGIN_RATE_LIMIT', env.LOGIN_RATE_LIMIT || DEFAULT_LOGIN_RATE_LIMIT)

/** Password-reset requests (forgot and reset) allowed per client address and window. */
export const passwordResetRateLimit = (env: Env = process.env): RateLimit | 'off' =>
  rateLimit(
    'PASSWORD_RESET_RATE_LIMIT',
    env.PASSWORD_RESET_RATE_LIMIT || DEFAULT_PASSWORD_RESET_RATE_LIMIT,
  )

export const DEFAULT_ANONYMOUS_READ_RATE_LIMIT = '600/60'

/**
 * Anonymous reads per client address and window that the read cache could not answer (a cached
 * answer costs nothing and is never counted). Signed-in staff and preview keys are not limited.
 */
export const anonymousReadRateLimit = (env: Env = process.env): RateLimit | 'off' =>
  rateLimit(
    'ANONYMOUS_READ_RATE_LIMIT',
    env.ANONYMOUS_READ_RATE_LIMIT || DEFAULT_ANONYMOUS_READ_RATE_LIMIT,
  )

export const DEFAULT_TRUST_PROXY = 'loopback'

/**
 * Which proxies may name the client's address in X-Forwarded-For: the rate limits count per
 * address, so behind a load balancer this must name it (a hop count or its addresses), or every
 * client shares the balancer's address.
 */
export const trustProxy = (env: Env = process.env): TrustProxy => {
  const parsed = parseTrustProxy(env.TRUST_PROXY || DEFAULT_TRUST_PROXY)
  if ('problem' in parsed) throw new StartupError([parsed.problem])
  return parsed.value
}

const wholeNumber = (
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number => {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new StartupError([`${name} must be a whole number from ${min} to ${max}, got "${raw}"`])
  }
  return value
}

export const DEFAULT_QUERY_MAX_VALUE_LENGTH = 500
export const DEFAULT_QUERY_MAX_WORDS = 10

/**
 * Ceilings on what one filter compares with: the characters of one value, and the words of a
 * like, not_like or contains (each word is one more LIKE over every row).
 */
export const queryValueLimits = (env: Env = process.env): ValueLimits => ({
  maxValueLength: wholeNumber(
    env,
    'QUERY_MAX_VALUE_LENGTH',
    DEFAULT_QUERY_MAX_VALUE_LENGTH,
    1,
    100_000,
  ),
  maxWords: wholeNumber(env, 'QUERY_MAX_WORDS', DEFAULT_QUERY_MAX_WORDS, 1, 1000),
})

export interface GraphQLDocumentLimits {
  /** Characters of the query text, checked before it is parsed. */
  maxLength: number
  /** Tokens the parser reads before it gives up (graphql's parse maxTokens). */
  maxTokens: number
  /** The cost of a query, list fields counted by their page size (src/graphql/listCostRule.ts). */
  maxCost: number
}

export const DEFAULT_GRAPHQL_MAX_QUERY_LENGTH = 20_000
export const DEFAULT_GRAPHQL_MAX_TOKENS = 2_000
export const DEFAULT_GRAPHQL_MAX_COST = 10_000

/** What one GraphQL document may be, checked before it is validated or run. */
export const graphQLDocumentLimits = (env: Env = process.env): GraphQLDocumentLimits => ({
  maxLength: wholeNumber(
    env,
    'GRAPHQL_MAX_QUERY_LENGTH',
    DEFAULT_GRAPHQL_MAX_QUERY_LENGTH,
    100,
    1_000_000,
  ),
  maxTokens: wholeNumber(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_GRAPHQL_MAX_TOKENS, 50, 1_000_000),
  maxCost: wholeNumber(env, 'GRAPHQL_MAX_COST', DEFAULT_GRAPHQL_MAX_COST, 10, 100_000_000),
})

/** Start-up refused, with every reason at once so an operator fixes them in one go. */
export class StartupError extends Error {
  constructor(readonly problems: string[]) {
    super(`The CMS cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'StartupError'
  }
}

/** What a deployment must set explicitly; empty when all is well. */
export const deploymentProblems = (env: Env = process.env): string[] => {
  if (!isDeployment(env)) return []
  const problems: string[] = []
  const secret = env.PAYLOAD_SECRET ?? ''
  if (!secret) {
    problems.push(
      `PAYLOAD_SECRET is not set: a deployment needs a random secret of at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)`,
    )
  } else if (secret.length < MIN_SECRET_LENGTH) {
    problems.push(
      `PAYLOAD_SECRET is too short: ${secret.length} characters, a deployment needs at least ${MIN_SECRET_LENGTH}`,
    )
  }
  if (!env.SERVER_URL) {
    problems.push(
      'SERVER_URL is not set: a deployment must say where it is served, e.g. https://cms.example.org',
    )
  } else if (!/^https?:\/\/[^/\s]+/.test(env.SERVER_URL)) {
    problems.push(`SERVER_URL must be an http(s) URL, got "${env.SERVER_URL}"`)
  }
  return problems
}

/**
 * Outside a deployment a fresh machine needs no settings: the first start generates a strong secret
 * and keeps it in the git-ignored data folder, so sessions survive restarts.
 */
export const ensureSecret = (env: Env = process.env): { secret: string; source: string } => {
  const problems = deploymentProblems(env)
  if (problems.length > 0) throw new StartupError(problems)
  if (env.PAYLOAD_SECRET) return { secret: env.PAYLOAD_SECRET, source: 'PAYLOAD_SECRET' }
  const file = path.join(dataDir(env), '.payload-secret')
  if (existsSync(file)) return { secret: readFileSync(file, 'utf8').trim(), source: file }
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return { secret, source: `${file} (generated now)` }
}
