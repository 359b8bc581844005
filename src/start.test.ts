import { expect, test } from 'vitest'

import { runStartScript } from '../test/support/startProcess'

// Start-up refusals happen before any database or build is touched, so they run once, here.
const REFUSALS: Array<[string, Record<string, string>, RegExp[]]> = [
  [
    'a deployment without a secret or server URL',
    { NEWSROOM_DEPLOYMENT: 'true' },
    [/The CMS cannot start/, /PAYLOAD_SECRET is not set/, /SERVER_URL is not set/],
  ],
  [
    'a deployment with a short secret',
    {
      NEWSROOM_DEPLOYMENT: 'true',
      PAYLOAD_SECRET: 'hunter2-22',
      SERVER_URL: 'https://cms.example.org',
    },
    [/PAYLOAD_SECRET is too short: 10 characters/],
  ],
  [
    'an unknown database URL',
    { PAYLOAD_SECRET: 'x'.repeat(40), DATABASE_URL: 'mysql://localhost/newsroom' },
    [
      /DATABASE_URL "mysql:\/\/localhost\/newsroom" is not a database URL this CMS knows/,
      /Accepted forms/,
    ],
  ],
  [
    'a PostgreSQL server that does not answer',
    { PAYLOAD_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://cms:hunter2@127.0.0.1:1/newsroom' },
    [
      /the database at postgres:\/\/cms:\*\*\*@127\.0\.0\.1:1\/newsroom could not be opened/,
      /Check DATABASE_URL/,
    ],
  ],
]

test.each(REFUSALS)(
  'start-up refuses %s, says why, and exits with 1',
  async (_name, env, reasons) => {
    const started = runStartScript({ NODE_ENV: 'production', ...env }, ['--no-admin'])
    expect(await started.exited).toBe(1)
    for (const reason of reasons) expect(started.output()).toMatch(reason)
    // Neither a database password nor a secret ever reaches the console.
    expect(started.output()).not.toContain('hunter2')
  },
  60_000,
)
