import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { runStartScript, freePort, waitFor200 } from '../support/startProcess'
import type { StartedProcess } from '../support/startProcess'
import { createTestDatabase } from '../support/testDatabase'
import type { TestDatabase } from '../support/testDatabase'
import { describeWithDatabase } from '../support/testServer'

/**
 * The start script as a deployment runs it (the container's entry): it migrates an empty
 * database, seeds it, serves, and on SIGTERM finishes what is in flight and exits cleanly.
 * The admin build is left out (--no-admin); the browser tests cover the admin.
 */
describeWithDatabase('the start script on an empty database', () => {
  let database: TestDatabase
  let started: StartedProcess
  let baseUrl: string

  beforeAll(async () => {
    database = await createTestDatabase()
    const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-start-'))
    // The script runs in its own process, so SQLite needs a file rather than memory.
    const url =
      process.env.TEST_DATABASE === 'sqlite'
        ? `file:${path.join(dataDir, 'newsroom.db')}`
        : database.url
    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    started = runStartScript(
      {
        NODE_ENV: 'production',
        NEWSROOM_DEPLOYMENT: 'true',
        PAYLOAD_SECRET: 'a-deployment-secret-that-is-long-enough',
        SERVER_URL: baseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: url,
        DATA_DIR: dataDir,
      },
      ['--no-admin'],
    )
    await waitFor200(`${baseUrl}/readyz`, started)
  })

  afterAll(async () => {
    started?.child.kill('SIGKILL')
    await database?.drop()
  })

  test('applies the committed migrations before serving (SQL databases)', () => {
    if (process.env.TEST_DATABASE === 'mongodb') return
    expect(started.output()).toMatch(/Migrated:\s+\d{8}_\d{6}_/)
  })

  test('loads the seed story into the empty database, published for readers', async () => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Articles { docs { headline } } }' }),
    })
    const body = await response.json()
    expect(body.data.Articles.docs).toEqual([
      { headline: 'NATO, Russia Still at Odds over Missile Shield in Europe' },
    ])
  })

  test('the reader home page shows the seed story, and the console points at it', async () => {
    const response = await fetch(`${baseUrl}/`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(
      '<a href="/articles/nato-russia-still-at-odds-over-missile-shield-in-europe">NATO, Russia Still at Odds over Missile Shield in Europe</a>',
    )
    expect(started.output()).toContain(`Reader site: ${baseUrl}/`)
  })

  test('search finds the seed story on the migrated database (its index came with the migration)', async () => {
    const response = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent('missile shield')}`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: Array<{ headline: string }> }
    expect(body.docs.map((doc) => doc.headline)).toEqual([
      'NATO, Russia Still at Odds over Missile Shield in Europe',
    ])
  })

  test('a deployment creates no local accounts and logs JSON lines', () => {
    expect(started.output()).toMatch(/No accounts yet/)
    expect(started.output()).toMatch(/^\{"level":30,.*"msg":/m)
  })

  test('on SIGTERM a request already sent is answered, then the process exits with 0', async () => {
    const inFlight = fetch(`${baseUrl}/api/articles?depth=2`)
    await new Promise((resolve) => setTimeout(resolve, 5))
    started.child.kill('SIGTERM')
    const response = await inFlight
    expect(response.status).toBe(200)
    expect((await response.json()).totalDocs).toBe(1)
    expect(await started.exited).toBe(0)
    expect(started.output()).toMatch(/SIGTERM received/)
  })
})
