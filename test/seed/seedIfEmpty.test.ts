import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { seedIfEmpty } from '../../seed/seed'
import { login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { wireFolder } from './wirePages'

describeWithDatabase('seedIfEmpty, as npm start runs it', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => server?.stop())

  test('in production it seeds the empty database but creates no accounts', async () => {
    const result = await seedIfEmpty(server.payload, { env: { NODE_ENV: 'production' } })
    expect(result).toMatchObject({ seeded: true, users: [], summary: { imported: 1, failed: 0 } })
    expect(
      (await server.payload.count({ collection: 'users', overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  test('outside production with no accounts it creates an admin, an editor and a writer', async () => {
    const result = await seedIfEmpty(server.payload, {
      env: {
        NODE_ENV: 'development',
        SEED_ADMIN_PASSWORD: 'an admin password from the environment',
        SEED_WRITER_EMAIL: 'reporter@newsroom.local',
      },
    })
    expect(result.seeded).toBe(false)
    expect(result.users.map(({ email, role }) => [email, role])).toEqual([
      ['admin@newsroom.local', 'admin'],
      ['editor@newsroom.local', 'editor'],
      ['reporter@newsroom.local', 'writer'],
    ])
    // A password from the environment is never echoed; a generated one is returned once.
    expect(result.users[0]?.password).toBeUndefined()
    expect(result.users[1]?.password).toMatch(/^[\w-]{20}$/)
    await login(server.http, 'admin@newsroom.local', 'an admin password from the environment')
    const editorToken = await login(server.http, 'editor@newsroom.local', result.users[1]!.password)
    const me = await server.http.get('/api/users/me').set({ Authorization: `JWT ${editorToken}` })
    expect(me.body.user.role).toBe('editor')
  })

  test('a database with articles and accounts is left alone', async () => {
    const result = await seedIfEmpty(server.payload, { env: { NODE_ENV: 'development' } })
    expect(result).toEqual({ seeded: false, summary: null, users: [] })
    expect(
      (await server.payload.count({ collection: 'articles', overrideAccess: true })).totalDocs,
    ).toBe(1)
  })
})

const run = promisify(execFile)

describeWithDatabase('npm run import on the command line', () => {
  const isSqlite = process.env.TEST_DATABASE === 'sqlite'

  // The command line is the same whatever the database; one run on SQLite proves it.
  test.runIf(isSqlite)(
    'a page it cannot parse exits non-zero naming file and line; a good page is imported as a draft',
    async () => {
      const wire = wireFolder()
      const bad = wire.write('bad.txt', 'Headline only\n')
      const good = path.resolve('seed/stories/000_c5d2321bc6b974fc.txt')
      const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-cli-'))
      const env: Record<string, string | undefined> = {
        ...process.env,
        NODE_ENV: 'development',
        NODE_OPTIONS: '--conditions=production',
        DATA_DIR: dataDir,
        DATABASE_URL: `file:${path.join(dataDir, 'cli.db')}`,
      }
      const registry = ['--registry', 'seed/registry.json']
      const failure = await run('npx', ['tsx', 'src/importing/cli.ts', ...registry, bad, good], {
        env: env as NodeJS.ProcessEnv,
      }).then(
        () => null,
        (error: unknown) => error as { code: number; stdout: string },
      )
      expect(failure?.code).toBe(1)
      expect(failure?.stdout).toContain(`[1/2] ${bad}: FAILED, nothing written`)
      expect(failure?.stdout).toContain(`${bad}:3: expected the meta line`)
      expect(failure?.stdout).toContain(
        `[2/2] ${good}: created draft article "NATO, Russia Still at Odds over Missile Shield in Europe"`,
      )
      expect(failure?.stdout).toMatch(
        /2 file\(s\): 1 imported, 1 failed; 21 created, 0 updated, 0 warning\(s\)/,
      )
    },
    120_000,
  )
})
