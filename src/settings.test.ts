import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, test } from 'vitest'

import {
  StartupError,
  anonymousReadRateLimit,
  databaseUrl,
  deploymentProblems,
  ensureSecret,
  graphQLDocumentLimits,
  isGraphQLIntrospectionOn,
  isGraphQLPlaygroundOn,
  jobsMode,
  postgresPreparedStatements,
  port,
  queryValueLimits,
  serverUrl,
  siteName,
  siteUrl,
  trustProxy,
} from './settings'

const LONG_SECRET = 'x'.repeat(32)

const DEPLOYMENT_CASES: Array<[string, Record<string, string>, RegExp[]]> = [
  ['a local machine needs nothing', {}, []],
  [
    'a deployment without secret or URL is told both',
    { NEWSROOM_DEPLOYMENT: 'true' },
    [/PAYLOAD_SECRET is not set/, /SERVER_URL is not set/],
  ],
  [
    'a short secret is refused with its length',
    { NEWSROOM_DEPLOYMENT: '1', PAYLOAD_SECRET: 'short', SERVER_URL: 'https://cms.example.org' },
    [/PAYLOAD_SECRET is too short: 5 characters, a deployment needs at least 32/],
  ],
  [
    'a server URL that is not http(s) is refused',
    { NEWSROOM_DEPLOYMENT: 'yes', PAYLOAD_SECRET: LONG_SECRET, SERVER_URL: 'cms.example.org' },
    [/SERVER_URL must be an http\(s\) URL, got "cms.example.org"/],
  ],
  [
    'a complete deployment starts',
    {
      NEWSROOM_DEPLOYMENT: 'true',
      PAYLOAD_SECRET: LONG_SECRET,
      SERVER_URL: 'https://cms.example.org',
    },
    [],
  ],
]

describe('deployment settings', () => {
  test.each(DEPLOYMENT_CASES)('%s', (_name, env, expected) => {
    const problems = deploymentProblems(env)
    expect(problems).toHaveLength(expected.length)
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern))
  })

  test('a deployment is refused before any secret is generated', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-'))
    expect(() => ensureSecret({ NEWSROOM_DEPLOYMENT: 'true', DATA_DIR: dataDir })).toThrow(
      StartupError,
    )
    expect(() => statSync(path.join(dataDir, '.payload-secret'))).toThrow()
  })
})

describe('the secret on a local machine', () => {
  test('is generated once, strong and private, then reused', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-'))
    const first = ensureSecret({ DATA_DIR: dataDir })
    expect(first.source).toMatch(/generated now/)
    expect(first.secret).toMatch(/^[0-9a-f]{64}$/)
    const file = path.join(dataDir, '.payload-secret')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readFileSync(file, 'utf8').trim()).toBe(first.secret)

    const second = ensureSecret({ DATA_DIR: dataDir })
    expect(second).toEqual({ secret: first.secret, source: file })
  })

  test('PAYLOAD_SECRET wins over the file', () => {
    expect(ensureSecret({ PAYLOAD_SECRET: 'from-env' })).toEqual({
      secret: 'from-env',
      source: 'PAYLOAD_SECRET',
    })
  })
})

const PORT_CASES: Array<[string | undefined, number | RegExp]> = [
  [undefined, 3000],
  ['8080', 8080],
  ['0', 0],
  ['http', /PORT must be a whole number from 0 to 65535, got "http"/],
  ['70000', /got "70000"/],
  ['30.5', /got "30.5"/],
]

describe('PORT', () => {
  test.each(PORT_CASES)('%j gives %s', (value, expected) => {
    const env = value === undefined ? {} : { PORT: value }
    if (typeof expected === 'number') expect(port(env)).toBe(expected)
    else expect(() => port(env)).toThrow(expected)
  })
})

test('defaults: SQLite under data/ and the server URL from the port', () => {
  expect(databaseUrl({})).toBe('file:data/newsroom.db')
  expect(databaseUrl({ DATA_DIR: '/srv/cms' })).toBe('file:/srv/cms/newsroom.db')
  expect(serverUrl({})).toBe('http://localhost:3000')
  expect(serverUrl({ PORT: '4000' })).toBe('http://localhost:4000')
  expect(serverUrl({ SERVER_URL: 'https://cms.example.org/' })).toBe('https://cms.example.org')
})

test('the reader-facing site is the CMS unless SITE_URL and SITE_NAME say otherwise', () => {
  expect(siteUrl({ SERVER_URL: 'https://cms.example.org' })).toBe('https://cms.example.org')
  expect(siteUrl({ SITE_URL: 'https://news.example.org/' })).toBe('https://news.example.org')
  expect(siteName({})).toBe('Newsroom CMS')
  expect(siteName({ SITE_NAME: ' The Daily Wire ' })).toBe('The Daily Wire')
})

const JOBS_CASES: Array<[string | undefined, 'off' | 'run' | RegExp]> = [
  [undefined, 'run'],
  ['run', 'run'],
  ['OFF', 'off'],
  ['false', /JOBS must be "run" or "off", got "false"/],
]

describe('JOBS', () => {
  test.each(JOBS_CASES)('%j gives %s', (value, expected) => {
    const env = value === undefined ? {} : { JOBS: value }
    if (typeof expected === 'string') expect(jobsMode(env)).toBe(expected)
    else expect(() => jobsMode(env)).toThrow(expected)
  })
})

const PREPARED_STATEMENTS_CASES: Array<[string | undefined, boolean | RegExp]> = [
  [undefined, true],
  ['on', true],
  ['OFF', false],
  ['false', /POSTGRES_PREPARED_STATEMENTS must be "on" or "off", got "false"/],
]

describe('POSTGRES_PREPARED_STATEMENTS', () => {
  test.each(PREPARED_STATEMENTS_CASES)('%j gives %s', (value, expected) => {
    const env = value === undefined ? {} : { POSTGRES_PREPARED_STATEMENTS: value }
    if (typeof expected === 'boolean') expect(postgresPreparedStatements(env)).toBe(expected)
    else expect(() => postgresPreparedStatements(env)).toThrow(expected)
  })
})

const GRAPHQL_SWITCH_CASES: Array<
  [deployment: string | undefined, value: string | undefined, isOn: boolean]
> = [
  [undefined, undefined, true],
  ['', 'false', true],
  ['false', undefined, true],
  ['true', undefined, false],
  ['true', '', false],
  ['true', 'false', false],
  ['true', 'true', true],
  ['yes', 'YES', true],
  ['1', '1', true],
]

describe('GraphQL introspection and the playground: on outside a deployment, switched on in one', () => {
  test.each(GRAPHQL_SWITCH_CASES)(
    'NEWSROOM_DEPLOYMENT=%j and the switch %j give %s',
    (deployment, value, isOn) => {
      const env = { NEWSROOM_DEPLOYMENT: deployment, NODE_ENV: 'production' }
      expect(isGraphQLIntrospectionOn({ ...env, GRAPHQL_INTROSPECTION: value })).toBe(isOn)
      expect(isGraphQLPlaygroundOn({ ...env, GRAPHQL_PLAYGROUND: value })).toBe(isOn)
    },
  )

  test('in a deployment one does not switch on the other', () => {
    const deployment = { NEWSROOM_DEPLOYMENT: 'true' }
    expect(isGraphQLPlaygroundOn({ ...deployment, GRAPHQL_INTROSPECTION: 'true' })).toBe(false)
    expect(isGraphQLIntrospectionOn({ ...deployment, GRAPHQL_PLAYGROUND: 'true' })).toBe(false)
  })
})

describe('ANONYMOUS_READ_RATE_LIMIT', () => {
  test.each([
    [undefined, { limit: 600, windowMs: 60_000 }],
    ['100/10', { limit: 100, windowMs: 10_000 }],
    ['off', 'off'],
  ] as const)('%j gives %j', (value, expected) => {
    expect(anonymousReadRateLimit({ ANONYMOUS_READ_RATE_LIMIT: value })).toEqual(expected)
  })

  test('a malformed limit stops the start, naming the setting', () => {
    expect(() => anonymousReadRateLimit({ ANONYMOUS_READ_RATE_LIMIT: 'lots' })).toThrow(
      /ANONYMOUS_READ_RATE_LIMIT must be "<count>\/<seconds>"/,
    )
  })
})

describe('TRUST_PROXY', () => {
  test.each([
    [undefined, ['loopback']],
    ['1', 1],
    ['off', false],
    ['10.0.0.0/8,loopback', ['10.0.0.0/8', 'loopback']],
  ] as const)('%j gives %j', (value, expected) => {
    expect(trustProxy({ TRUST_PROXY: value })).toEqual(expected)
  })

  test('true is refused: any client could name its own address', () => {
    expect(() => trustProxy({ TRUST_PROXY: 'true' })).toThrow(StartupError)
  })
})

describe('QUERY_MAX_VALUE_LENGTH and QUERY_MAX_WORDS', () => {
  test('default to 500 characters and 10 words', () => {
    expect(queryValueLimits({})).toEqual({ maxValueLength: 500, maxWords: 10 })
  })

  test('take whole numbers', () => {
    expect(queryValueLimits({ QUERY_MAX_VALUE_LENGTH: '2000', QUERY_MAX_WORDS: '3' })).toEqual({
      maxValueLength: 2000,
      maxWords: 3,
    })
  })

  test.each([['0'], ['many'], ['1.5']])('refuse %j', (value) => {
    expect(() => queryValueLimits({ QUERY_MAX_WORDS: value })).toThrow(
      /QUERY_MAX_WORDS must be a whole number from 1 to 1000/,
    )
  })
})

describe('GRAPHQL_MAX_QUERY_LENGTH, GRAPHQL_MAX_TOKENS and GRAPHQL_MAX_COST', () => {
  test('default to 20 000 characters, 2 000 tokens and a cost of 10 000', () => {
    expect(graphQLDocumentLimits({})).toEqual({
      maxLength: 20_000,
      maxTokens: 2_000,
      maxCost: 10_000,
    })
  })

  test('take whole numbers and refuse anything else, naming the setting', () => {
    expect(graphQLDocumentLimits({ GRAPHQL_MAX_COST: '50000' }).maxCost).toBe(50_000)
    expect(() => graphQLDocumentLimits({ GRAPHQL_MAX_TOKENS: '-1' })).toThrow(
      /GRAPHQL_MAX_TOKENS must be a whole number/,
    )
  })
})
