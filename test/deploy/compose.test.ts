/**
 * No Docker engine runs on the development and CI machines, so the image and the compose stack
 * are proved by reading them: every check here compares the Dockerfile, docker-compose.yml and
 * .env.example with each other and with the code they run.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'

import { SERVER_LOCK_WAIT_MS } from '../../src/database/mongodb/transactions'
import { isDeployment, serverUrl } from '../../src/settings'
import type { Stage } from './parseDockerfile'
import { commandWords, leadingFlags, parseDockerfile, stageEnvironment } from './parseDockerfile'
import {
  variablesInEnvExample,
  variablesInReadmeTable,
  variablesNamedInCode,
  variablesReadByCode,
} from './variablesReadByCode'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8')

interface Service {
  image?: string
  build?: string | { context?: string; dockerfile?: string }
  command?: string | string[]
  ports?: string[]
  environment?: Record<string, unknown> | string[]
  volumes?: string[]
  depends_on?: string[] | Record<string, { condition?: string }>
  healthcheck?: { test?: string | string[]; disable?: boolean }
  profiles?: string[]
  deploy?: { replicas?: number }
}

// Read as YAML 1.1, as Compose v1 and Kubernetes do, so an unquoted `off` shows up as a boolean.
const composeText = read('docker-compose.yml')
const compose = parse(composeText, { version: '1.1', merge: true }) as {
  services: Record<string, Service>
  volumes?: Record<string, unknown>
}
const services = compose.services
const stages = parseDockerfile(read('Dockerfile'))
const runtime = stages.at(-1) as Stage
const runtimeEnv = stageEnvironment(stages, runtime.name)
const packageJson = JSON.parse(read('package.json')) as {
  scripts: Record<string, string>
  dependencies: Record<string, string>
}

const service = (name: string): Service => {
  const found = services[name]
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`)
  return found
}

const environmentOf = (svc: Service): Record<string, unknown> =>
  Array.isArray(svc.environment)
    ? Object.fromEntries(svc.environment.map((entry) => entry.split(/=(.*)/s).slice(0, 2)))
    : (svc.environment ?? {})

/** `${NAME:-default}` as Compose fills it in when NAME is not set. */
const withDefaults = (value: string): string =>
  value.replace(/\$\{\w+(?::?-([^}]*))?\}/g, (_whole, fallback?: string) => fallback ?? '')

const dependenciesOf = (svc: Service): Record<string, string | undefined> =>
  Array.isArray(svc.depends_on)
    ? Object.fromEntries(svc.depends_on.map((name) => [name, undefined]))
    : Object.fromEntries(
        Object.entries(svc.depends_on ?? {}).map(([name, dep]) => [name, dep.condition]),
      )

/** Named volumes only: a source that is a path (./x, /x) is a bind mount. */
const namedVolumesOf = (svc: Service): Array<{ name: string; target: string }> =>
  (svc.volumes ?? [])
    .map((entry) => entry.split(':'))
    .filter(([source = '']) => /^[\w][\w.-]*$/.test(source))
    .map(([name = '', target = '']) => ({ name, target }))

const portsOf = (svc: Service): Array<{ host: string; container: string }> =>
  (svc.ports ?? []).map((entry) => {
    const [container = '', host = '', ...rest] = String(entry).split(':').reverse()
    return { host: rest.length > 0 ? host : host || container, container }
  })

const isBuiltFromDockerfile = (svc: Service): boolean => {
  const build = typeof svc.build === 'string' ? { context: svc.build } : svc.build
  return (
    build !== undefined &&
    ['.', './'].includes(build.context ?? '.') &&
    (build.dockerfile ?? 'Dockerfile') === 'Dockerfile'
  )
}

const cmsServices = Object.entries(services).filter(([, svc]) => isBuiltFromDockerfile(svc))
const databaseHost = (svc: Service): string =>
  new URL(withDefaults(String(environmentOf(svc).DATABASE_URL ?? ''))).hostname

const instructionsOf = (stage: Stage, keyword: string) =>
  stage.instructions.filter((instruction) => instruction.keyword === keyword)
const allRuns = stages.flatMap((stage) =>
  instructionsOf(stage, 'RUN').map((run) => ({ stage, args: run.args })),
)
const buildStep = allRuns.find(({ args }) => /--build-only|next build/.test(args))
const cmd = commandWords(instructionsOf(runtime, 'CMD').at(-1)?.args ?? '[]')
const healthcheck = instructionsOf(runtime, 'HEALTHCHECK').at(-1)

/** COPY sources in the runtime stage, by where they come from (`context` or a stage name). */
const runtimeCopies = instructionsOf(runtime, 'COPY').map(({ args }) => {
  const { flags, rest } = leadingFlags(args)
  const words = rest.split(' ')
  return {
    from: flags.from ?? 'context',
    sources: words.slice(0, -1).map((source) => source.replace(/^\.\//, '').replace(/\/$/, '')),
  }
})

describe('the image (Dockerfile)', () => {
  test('is a multi-stage build on Node 20 Debian slim whose runtime stage starts afresh', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2)
    stages.forEach((stage, index) => {
      const earlier = stages.slice(0, index).map(({ name }) => name)
      expect([...earlier, 'node:20-bookworm-slim']).toContain(stage.base)
    })
    expect(runtime.base).toBe('node:20-bookworm-slim')
  })

  test('installs exactly what the lockfile pins, before the build', () => {
    const install = allRuns.findIndex(({ args }) => /\bnpm ci\b/.test(args))
    expect(install).toBeGreaterThanOrEqual(0)
    expect(install).toBeLessThan(allRuns.findIndex((run) => run === buildStep))
  })

  test('builds the admin for production with telemetry off and a placeholder secret', () => {
    expect(buildStep).toBeDefined()
    const inline = Object.fromEntries(
      [...(buildStep?.args ?? '').matchAll(/(?:^|\s)([A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]]),
    )
    const env = { ...stageEnvironment(stages, buildStep?.stage.name ?? ''), ...inline }
    expect(env.NODE_ENV).toBe('production')
    expect(env.NEXT_TELEMETRY_DISABLED).toBe('1')
    expect(env.PAYLOAD_SECRET?.length ?? 0).toBeGreaterThanOrEqual(32)
  })

  test('never bakes a secret into an image layer', () => {
    for (const stage of stages) {
      expect(Object.keys(stageEnvironment(stages, stage.name))).not.toContain('PAYLOAD_SECRET')
    }
  })

  test('builds through the start script, which writes the stamp start-up checks', () => {
    expect(buildStep?.args).toMatch(/npm start -- --build-only/)
    // Without the flag the build step would start a server and never finish.
    const handlesFlag = read('src/start.ts').includes("'--build-only'")
    expect(handlesFlag, 'src/start.ts handles --build-only').toBe(true)
  })

  test('prunes dev dependencies after the build, before the runtime takes node_modules', () => {
    const source = runtimeCopies.find(({ sources }) =>
      sources.some((s) => s.endsWith('node_modules')),
    )
    expect(source?.from).toBeDefined()
    const stage = stages.find(({ name }) => name === source?.from)
    const script = stage
      ? instructionsOf(stage, 'RUN')
          .map(({ args }) => args)
          .join('\n')
      : ''
    const pruneAt = script.search(/npm (prune|ci)\b[^\n]*--omit=dev/)
    expect(pruneAt).toBeGreaterThanOrEqual(0)
    if (buildStep?.stage === stage) {
      expect(pruneAt).toBeGreaterThan(script.search(/--build-only|next build/))
    }
  })

  test('copies what the build stamp hashes from the build context, so start-up never rebuilds', () => {
    const list = /const BUILD_INPUTS = \[([^\]]*)\]/.exec(read('src/adminBuild.ts'))?.[1] ?? ''
    const inputs = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '')
    expect(inputs.length).toBeGreaterThan(0)
    const fromContext = runtimeCopies.filter(({ from }) => from === 'context')
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim().replace(/^\.\//, '').replace(/\/$/, ''))
    for (const input of inputs) {
      expect(fromContext.flatMap(({ sources }) => sources)).toContain(input)
      expect(ignored).not.toContain(input)
    }
  })

  test('carries the admin build from the build stage', () => {
    const build = runtimeCopies.find(({ sources }) => sources.some((s) => /\.next$/.test(s)))
    expect(build?.from).toBe(buildStep?.stage.name)
  })

  test('keeps every module the start command preloads in the run-time dependencies', () => {
    const preloads = cmd.flatMap((word, i) =>
      ['--import', '--require', '-r'].includes(cmd[i - 1] ?? '') ? [word] : [],
    )
    expect(preloads).toContain('tsx')
    for (const preload of preloads) expect(Object.keys(packageJson.dependencies)).toContain(preload)
  })

  test('runs as an unprivileged user', () => {
    const user = instructionsOf(runtime, 'USER').at(-1)?.args
    expect(user).toBeDefined()
    expect(['root', '0', '0:0', 'root:root']).not.toContain(user)
  })

  test('declares a deployment that listens on every interface', () => {
    expect(isDeployment(runtimeEnv)).toBe(true)
    expect(runtimeEnv.HOST).toBe('0.0.0.0')
  })

  test('is healthy only while /readyz answers', () => {
    const { flags, rest } = leadingFlags(healthcheck?.args ?? '')
    expect(Object.keys(flags)).toEqual(
      expect.arrayContaining(['interval', 'timeout', 'start-period', 'retries']),
    )
    expect(rest).toMatch(/^CMD /)
    expect(rest).toContain('/readyz')
    // The server may be told another port; the check must follow it.
    expect(rest).toContain('process.env.PORT')
  })

  test('starts the start script with node itself, under the conditions npm start sets', () => {
    expect(cmd[0]).toBe('node')
    expect(cmd).toContain('src/start.ts')
    const conditions = packageJson.scripts.start?.match(/--conditions=\S+/g) ?? []
    expect(conditions.length).toBeGreaterThan(0)
    for (const condition of conditions) expect(cmd).toContain(condition)
  })

  test('leaves local state, builds and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split('\n')
    for (const entry of ['.git', 'node_modules', '.next', 'data', '.env', '.env.*']) {
      expect(ignored).toContain(entry)
    }
  })
})

describe('the compose stack (docker-compose.yml)', () => {
  const mongo = service('mongo')
  const mongoCommand = [mongo.command ?? []].flat().join(' ')
  const replicaSet = /--replSet[ =](\S+)/.exec(mongoCommand)?.[1]
  const defaultServices = Object.entries(services)
    .filter(([, svc]) => !svc.profiles?.length)
    .map(([name]) => name)

  test('`docker compose up` starts the PostgreSQL stack, the one CI proves: database, web, one job runner', () => {
    expect(defaultServices.sort()).toEqual(['app', 'jobs', 'postgres'])
    for (const name of ['app', 'jobs']) {
      expect(databaseHost(service(name))).toBe('postgres')
      expect(withDefaults(String(environmentOf(service(name)).DATABASE_URL))).toMatch(
        /^postgres(ql)?:\/\//,
      )
    }
  })

  test('runs PostgreSQL 16 with a readiness check', () => {
    const postgres = service('postgres')
    expect(postgres.image).toBe('postgres:16')
    expect(postgres.profiles ?? []).toEqual([])
    expect([postgres.healthcheck?.test ?? []].flat().join(' ')).toMatch(/pg_isready/)
  })

  test('puts MongoDB and the CMS on it behind the mongodb profile', () => {
    const onMongo = Object.entries(services).filter(
      ([name, svc]) =>
        name === 'mongo' || (isBuiltFromDockerfile(svc) && databaseHost(svc) === 'mongo'),
    )
    expect(onMongo.map(([name]) => name).sort()).toEqual(['app-mongodb', 'jobs-mongodb', 'mongo'])
    for (const [, svc] of onMongo) expect(svc.profiles).toEqual(['mongodb'])
  })

  test('runs MongoDB 7 as a single-node replica set that initiates itself', () => {
    expect(mongo.image).toBe('mongo:7')
    expect(replicaSet).toBe('rs0')
    const check = [mongo.healthcheck?.test ?? []].flat().join(' ')
    expect(check).toContain('rs.initiate(')
    expect(check).toContain(`_id: '${replicaSet}'`)
    // The member's address must be the one the CMS containers reach MongoDB at.
    expect(check).toContain("host: 'mongo:27017'")
    expect(check).toMatch(/isWritablePrimary/)
  })

  test.each(cmsServices.filter(([, svc]) => portsOf(svc).length > 0))(
    '%s is no deployment on a clean checkout, so its first start prints the local accounts',
    (_name, svc) => {
      const setting = withDefaults(String(environmentOf(svc).NEWSROOM_DEPLOYMENT ?? ''))
      expect(isDeployment({ ...runtimeEnv, NEWSROOM_DEPLOYMENT: setting })).toBe(false)
      // src/start.ts creates (and prints) them exactly when the process is no deployment.
      expect(read('src/start.ts')).toContain('createLocalUsers: !isDeployment()')
    },
  )

  test('lets MongoDB transactions wait for a lock as long as the CMS and its tests expect', () => {
    expect(mongoCommand).toContain(
      `--setParameter maxTransactionLockRequestTimeoutMillis=${SERVER_LOCK_WAIT_MS}`,
    )
  })

  test.each([
    ['mongo', '/data/db'],
    ['postgres', '/var/lib/postgresql/data'],
  ])('keeps the data of %s in a declared named volume', (name, target) => {
    const volume = namedVolumesOf(service(name)).find((v) => v.target === target)
    expect(volume).toBeDefined()
    expect(Object.keys(compose.volumes ?? {})).toContain(volume?.name)
  })

  test('builds every CMS service from the Dockerfile: web and job runner, on both stacks', () => {
    expect(cmsServices.map(([name]) => name).sort()).toEqual(
      ['app', 'app-mongodb', 'jobs', 'jobs-mongodb'].sort(),
    )
  })

  test.each(cmsServices)('%s waits for a healthy database it can reach', (_name, svc) => {
    const host = databaseHost(svc)
    expect(Object.keys(services)).toContain(host)
    expect(dependenciesOf(svc)[host]).toBe('service_healthy')
  })

  test('writes to MongoDB in transactions: the CMS names the replica set in its URL', () => {
    const onMongo = cmsServices.filter(([, svc]) => databaseHost(svc) === 'mongo')
    expect(onMongo.length).toBeGreaterThan(0)
    for (const [, svc] of onMongo) {
      const url = new URL(String(environmentOf(svc).DATABASE_URL))
      expect(url.searchParams.get('replicaSet')).toBe(replicaSet)
      expect(url.port).toBe('27017')
    }
  })

  test('starts each service only once what it depends on is healthy', () => {
    const dependencies = Object.values(services).flatMap((svc) =>
      Object.entries(dependenciesOf(svc)),
    )
    expect(dependencies.length).toBeGreaterThan(0)
    for (const [name, condition] of dependencies) {
      expect(condition).toBe('service_healthy')
      const dependency = service(name)
      const hasCheck =
        dependency.healthcheck?.test !== undefined || isBuiltFromDockerfile(dependency)
      expect(hasCheck && dependency.healthcheck?.disable !== true).toBe(true)
    }
  })

  test('publishes the CMS on port 3000, and each stack on a port of its own', () => {
    expect(portsOf(service('app'))).toContainEqual({ host: '3000', container: runtimeEnv.PORT })
    const hostPorts = Object.values(services).flatMap((svc) => portsOf(svc).map((p) => p.host))
    expect(new Set(hostPorts).size).toBe(hostPorts.length)
    expect(instructionsOf(runtime, 'EXPOSE').map(({ args }) => args)).toContain(runtimeEnv.PORT)
  })

  test.each(cmsServices.filter(([, svc]) => portsOf(svc).length > 0))(
    '%s tells the admin, CORS and CSRF the address browsers use',
    (_name, svc) => {
      const [published] = portsOf(svc)
      const serverUrlSetting = withDefaults(String(environmentOf(svc).SERVER_URL ?? ''))
      expect(serverUrl({ PORT: runtimeEnv.PORT, SERVER_URL: serverUrlSetting })).toBe(
        `http://localhost:${published?.host}`,
      )
    },
  )

  test.each(cmsServices)(
    '%s keeps uploads and the generated secret in named volumes',
    (_name, svc) => {
      const volumes = namedVolumesOf(svc)
      const declared = Object.keys(compose.volumes ?? {})
      for (const target of [runtimeEnv.MEDIA_DIR, runtimeEnv.DATA_DIR]) {
        const volume = volumes.find((v) => v.target === target)
        expect(volume, `a named volume at ${target}`).toBeDefined()
        expect(declared).toContain(volume?.name)
      }
    },
  )

  test('runs exactly one job runner per stack, and the web services never run jobs', () => {
    const stacks = new Map<string, Array<[string, Service]>>()
    for (const entry of cmsServices) {
      const host = databaseHost(entry[1])
      stacks.set(host, [...(stacks.get(host) ?? []), entry])
    }
    expect([...stacks.keys()].sort()).toEqual(['mongo', 'postgres'])
    for (const members of stacks.values()) {
      const modes = members.map(([, svc]) => environmentOf(svc).JOBS)
      expect(modes.filter((mode) => mode === 'run')).toHaveLength(1)
      expect(modes.filter((mode) => mode !== 'run').every((mode) => mode === 'off')).toBe(true)
      const [runnerName, runner] =
        members.find(([, svc]) => environmentOf(svc).JOBS === 'run') ?? []
      expect(runner?.ports ?? [], `${runnerName} is not published`).toEqual([])
      expect(runner?.deploy?.replicas ?? 1).toBe(1)
      // It starts after the web service has migrated the database.
      const web = members.find(([, svc]) => svc !== runner)?.[0] ?? ''
      expect(dependenciesOf(runner ?? {})[web]).toBe('service_healthy')
    }
  })

  test('starts by default only services that need no profile', () => {
    for (const svc of Object.values(services).filter((s) => !s.profiles?.length)) {
      for (const name of Object.keys(dependenciesOf(svc))) {
        expect(service(name).profiles ?? []).toEqual([])
      }
    }
  })

  test('writes every environment value as a string (YAML 1.1 reads off and yes as booleans)', () => {
    for (const svc of Object.values(services)) {
      for (const value of Object.values(environmentOf(svc))) {
        expect(typeof value).toBe('string')
      }
    }
  })

  test('documents in .env.example every variable it takes from .env', () => {
    const documented = variablesInEnvExample(read('.env.example'))
    const interpolated = [...composeText.matchAll(/\$\{(\w+)/g)].map((m) => m[1] ?? '')
    expect(interpolated.length).toBeGreaterThan(0)
    for (const name of interpolated) expect([...documented]).toContain(name)
  })
})

describe('every variable the CMS reads is documented', () => {
  const variables = variablesReadByCode(ROOT)
  const readme = existsSync(path.join(ROOT, 'README.md'))
    ? variablesInReadmeTable(read('README.md'))
    : undefined

  test('the variables are found in the settings list and in the code', () => {
    expect(variables).toEqual(expect.arrayContaining(['DATABASE_URL', 'PAYLOAD_SECRET']))
    expect(variablesNamedInCode(ROOT).size).toBeGreaterThan(0)
  })

  test.each(variables)('.env.example documents %s', (name) => {
    expect([...variablesInEnvExample(read('.env.example'))]).toContain(name)
  })

  test.skipIf(readme === undefined).each(variables)(
    "the README's configuration table lists %s",
    (name) => {
      expect([...(readme ?? [])]).toContain(name)
    },
  )
})
