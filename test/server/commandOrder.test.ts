import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, test } from 'vitest'

import { freePort, runScript, runStartScript, waitFor200 } from '../support/startProcess'
import { createTestDatabase } from '../support/testDatabase'
import type { TestDatabase } from '../support/testDatabase'
import { wireFolder, wirePageText } from '../seed/wirePages'

const kind = process.env.TEST_DATABASE
const skip = kind === 'sqlite' || kind === 'postgres' ? '' : `${kind} has no SQL schema to migrate`
const describeOrSkip = skip ? describe.skip : describe

// Payload's words when a development push is found by a later migration, and of the push itself.
const DEV_MODE_PROMPT = /run Payload in dev mode/
const DEV_PUSH = /Pulling schema from database/

const SEED_HEADLINE = 'NATO, Russia Still at Odds over Missile Shield in Europe'
const IMPORTED_HEADLINE = 'Sofia Council Approves Budget'

/**
 * One machine, one database, the commands a newsroom runs in the order it happens to run them:
 * each is its own process, started as its npm script starts it (no NODE_ENV for seed and import,
 * production for start), and each must find the schema the one before it left.
 */
describeOrSkip(`every command shares one schema path${skip ? ` (${skip})` : ''}`, () => {
  const folders: string[] = []
  const databases: TestDatabase[] = []
  const page = wireFolder()
  const pageFile = page.write(
    'sofia-council-budget.txt',
    wirePageText({
      headline: IMPORTED_HEADLINE,
      paragraphs: ['The council approved the city budget on Friday.'],
      tags: ['Bulgaria'],
    }),
  )

  afterAll(async () => {
    for (const database of databases) await database.drop()
    for (const folder of [...folders, page.folder]) rmSync(folder, { recursive: true, force: true })
  })

  /** A fresh database and the environment every command gets (as a shell on that machine). */
  const machine = async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-order-'))
    folders.push(dataDir)
    const database =
      kind === 'sqlite'
        ? { url: `file:${path.join(dataDir, 'newsroom.db')}`, drop: async () => {} }
        : await createTestDatabase()
    databases.push(database)
    return { DATABASE_URL: database.url, DATA_DIR: dataDir, JOBS: 'off' }
  }

  const run = async (script: string, args: string[], env: Record<string, string>) => {
    const started = runScript(script, args, env)
    const code = await started.exited
    return { code, output: started.output() }
  }
  const importPage = (env: Record<string, string>) =>
    run('src/importing/cli.ts', ['--publish', pageFile], env)
  const seed = (env: Record<string, string>) => run('seed/cli.ts', [], env)

  /**
   * `npm start` (or `npm run dev`, with `isDev`) until it serves, then the published headlines,
   * then SIGTERM and a clean exit.
   */
  const start = async (env: Record<string, string>, { isDev = false } = {}) => {
    const port = await freePort()
    const baseUrl = `http://127.0.0.1:${port}`
    const started = runStartScript(
      {
        ...env,
        ...(isDev ? { NODE_ENV: 'development' } : {}),
        PORT: String(port),
        HOST: '127.0.0.1',
        SERVER_URL: baseUrl,
      },
      isDev ? ['--dev', '--no-admin'] : ['--no-admin'],
    )
    await waitFor200(`${baseUrl}/readyz`, started, 120_000)
    const response = await fetch(`${baseUrl}/api/articles?sort=headline&depth=0`)
    const { docs } = (await response.json()) as { docs: Array<{ headline: string }> }
    started.child.kill('SIGTERM')
    const code = await started.exited
    return { code, output: started.output(), headlines: docs.map((doc) => doc.headline) }
  }

  test('start → import → start: the server comes back with the imported story', async () => {
    const env = await machine()
    const first = await start(env)
    expect(first.code, first.output).toBe(0)
    expect(first.headlines).toEqual([SEED_HEADLINE])

    const imported = await importPage(env)
    expect(imported.code, imported.output).toBe(0)
    expect(imported.output).not.toMatch(DEV_PUSH)
    expect(imported.output).toContain('1 file(s): 1 imported, 0 failed')

    const again = await start(env)
    expect(again.output).not.toMatch(DEV_MODE_PROMPT)
    expect(again.code, again.output).toBe(0)
    expect(again.headlines).toEqual([SEED_HEADLINE, IMPORTED_HEADLINE].sort())
  }, 400_000)

  test('import → start → seed → start: each finds the schema the one before left', async () => {
    const env = await machine()
    const imported = await importPage(env)
    expect(imported.code, imported.output).toBe(0)
    expect(imported.output).not.toMatch(DEV_PUSH)
    expect(imported.output).toMatch(/Migrated:\s+\d{8}_\d{6}_/)

    // Articles exist, so start does not seed: the CMS serves what the import wrote.
    const first = await start(env)
    expect(first.output).not.toMatch(DEV_MODE_PROMPT)
    expect(first.code, first.output).toBe(0)
    expect(first.headlines).toEqual([IMPORTED_HEADLINE])

    const seeded = await seed(env)
    expect(seeded.code, seeded.output).toBe(0)
    expect(seeded.output).not.toMatch(DEV_PUSH)

    const again = await start(env)
    expect(again.output).not.toMatch(DEV_MODE_PROMPT)
    expect(again.code, again.output).toBe(0)
    expect(again.headlines).toEqual([SEED_HEADLINE, IMPORTED_HEADLINE].sort())
  }, 400_000)

  // A database the migrations made differs from the pushed schema where SQLite cannot alter a
  // table in place, so the push rebuilds tables; Drizzle Kit then wrote each index twice and
  // `npm run dev` stopped at "index already exists" (src/database/sqlite/push.ts).
  test('start → dev: development pushes over the migrated schema and serves the same stories', async () => {
    const env = await machine()
    const first = await start(env)
    expect(first.code, first.output).toBe(0)

    const dev = await start(env, { isDev: true })
    expect(dev.output).toMatch(DEV_PUSH)
    expect(dev.output).not.toMatch(/Failed query/)
    expect(dev.code, dev.output).toBe(0)
    expect(dev.headlines).toEqual([SEED_HEADLINE])
  }, 400_000)
})
