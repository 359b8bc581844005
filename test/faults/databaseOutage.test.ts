import { createServer as createHttpServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { DATABASE_UNAVAILABLE_MESSAGE } from '../../src/database/outages'
import type { NewsroomServer } from '../../src/server'
import { PASSWORD, createStaff } from '../support/users'
import { privatePostgresSkipReason, startPrivatePostgres } from '../support/privatePostgres'
import type { PrivatePostgres } from '../support/privatePostgres'

// The test runs its own cluster, whatever the project's database; it runs once, in the Postgres
// project when there is one, else in the SQLite one.
const home = process.env.TEST_POSTGRES_URL ? 'postgres' : 'sqlite'
const skip =
  process.env.TEST_DATABASE !== home
    ? `runs once, in the ${home} project`
    : privatePostgresSkipReason()
if (skip && process.env.TEST_DATABASE === home) console.log(`database outage test skipped: ${skip}`)

const WRITES_BEFORE = 12
const WRITES_DURING = 12
const WRITES_AFTER = 12
const CONCURRENCY = 3

interface Write {
  kind: 'create' | 'update'
  marker: string
  id?: number
  status: number
  body: { doc?: { id: number }; errors?: Array<{ message: string }>; stack?: unknown }
  text: string
  phase: 'before' | 'during' | 'after'
}

const describeOrSkip = skip ? describe.skip : describe

describeOrSkip(
  `Postgres goes away in the middle of a batch of writes${skip ? ` (${skip})` : ''}`,
  () => {
    let cluster: PrivatePostgres
    let server: NewsroomServer
    let listener: Server
    let base: string
    let token: string
    const existing: number[] = []

    beforeAll(async () => {
      cluster = await startPrivatePostgres()
      process.env.DATABASE_URL = cluster.url
      const { createServer } = await import('../../src/server')
      server = await createServer()
      listener = createHttpServer(server.listener).listen(0, '127.0.0.1')
      await new Promise((resolve) => listener.once('listening', resolve))
      base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`
      const staff = await createStaff(server.payload)
      const login = await fetch(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: staff.editor.email, password: PASSWORD }),
      })
      token = ((await login.json()) as { token: string }).token
      for (let index = 0; index < 4; index += 1) {
        const story = await server.payload.create({
          collection: 'articles',
          data: { headline: `Outage baseline ${index}` },
          draft: true,
          user: staff.editor,
        })
        existing.push(story.id)
      }
    }, 180_000)

    afterAll(async () => {
      if (listener) await new Promise((resolve) => listener.close(resolve))
      await server?.close().catch(() => undefined)
      await cluster?.destroy()
    })

    const readyz = async () => (await fetch(`${base}/readyz`)).status

    let counter = 0
    const write = async (phase: Write['phase']): Promise<Write> => {
      counter += 1
      const marker = `outage-${counter}`
      const isCreate = counter % 2 === 0
      const id = isCreate ? undefined : existing[counter % existing.length]
      const response = await fetch(`${base}/api/articles${isCreate ? '' : `/${id}`}?draft=true`, {
        method: isCreate ? 'POST' : 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify(
          isCreate
            ? { headline: `Outage story ${marker}`, standfirst: marker }
            : { standfirst: marker },
        ),
      })
      const text = await response.text()
      let body: Write['body'] = {}
      try {
        body = JSON.parse(text) as Write['body']
      } catch {
        // Asserted below: every answer is JSON.
      }
      return {
        kind: isCreate ? 'create' : 'update',
        marker,
        id,
        status: response.status,
        body,
        text,
        phase,
      }
    }

    const batch = (
      count: number,
      phase: Write['phase'],
      results: Write[] = [],
    ): Promise<Write[]> => {
      let started = 0
      const worker = async () => {
        while (started < count) {
          started += 1
          results.push(await write(phase))
        }
      }
      return Promise.all(Array.from({ length: CONCURRENCY }, worker)).then(() => results)
    }

    test('every write completes whole or fails with a clear 5xx; /readyz tells; the server recovers', async () => {
      expect(await readyz()).toBe(200)
      const inFlight: Write[] = []
      const before = batch(WRITES_BEFORE, 'before', inFlight)
      // Pull the plug once some writes are done and others are in flight.
      while (inFlight.length < WRITES_BEFORE / 3) await new Promise((r) => setTimeout(r, 20))
      await cluster.crash()
      const writes = [...(await before)]
      writes.push(...(await batch(WRITES_DURING, 'during')))
      const readyDuringOutage = await readyz()

      await cluster.start()
      // The same process, not restarted: it must find the database again by itself.
      const deadline = Date.now() + 60_000
      let readyAfter = await readyz()
      while (readyAfter !== 200 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        readyAfter = await readyz()
      }
      writes.push(...(await batch(WRITES_AFTER, 'after')))

      expect(readyDuringOutage).toBe(503)
      expect(readyAfter).toBe(200)

      for (const result of writes) {
        const where = `${result.kind} ${result.marker} (${result.phase}): ${result.status} ${result.text.slice(0, 300)}`
        expect([200, 201, 503], where).toContain(result.status)
        // A clear JSON error, never a stack trace.
        expect(result.text, where).not.toMatch(/\n\s+at |"stack"/)
        if (result.status >= 500) {
          expect(result.body.errors?.[0]?.message, where).toBe(DATABASE_UNAVAILABLE_MESSAGE)
        }
        if (result.phase === 'during') expect(result.status, where).toBeGreaterThanOrEqual(500)
        if (result.phase === 'after') expect(result.status, where).toBeLessThan(300)
      }

      // None half-applied: each article, its versions and its editorial log agree.
      const { payload } = server
      const completed = { create: 0, update: 0 }
      let failedButCommitted = 0
      for (const result of writes) {
        const isOk = result.status < 300
        if (result.kind === 'create') {
          const found = await payload.find({
            collection: 'articles',
            where: { standfirst: { equals: result.marker } },
            draft: true,
            depth: 0,
            overrideAccess: true,
          })
          if (isOk) expect(found.docs, result.marker).toHaveLength(1)
          else expect(found.docs.length, result.marker).toBeLessThanOrEqual(1)
          const story = found.docs[0]
          if (!story) continue
          if (!isOk) failedButCommitted += 1
          const versions = await payload.findVersions({
            collection: 'articles',
            where: { parent: { equals: story.id } },
            overrideAccess: true,
          })
          expect(versions.totalDocs, result.marker).toBeGreaterThanOrEqual(1)
          const log = await payload.find({
            collection: 'editorial-log',
            where: { article: { equals: story.id } },
            overrideAccess: true,
          })
          expect(log.totalDocs, result.marker).toBe(1)
          if (isOk) completed.create += 1
        } else {
          const versions = await payload.findVersions({
            collection: 'articles',
            where: {
              and: [
                { parent: { equals: result.id } },
                { 'version.standfirst': { equals: result.marker } },
              ],
            },
            overrideAccess: true,
          })
          if (isOk) {
            expect(versions.totalDocs, result.marker).toBe(1)
            completed.update += 1
          } else {
            expect(versions.totalDocs, result.marker).toBeLessThanOrEqual(1)
            failedButCommitted += versions.totalDocs
          }
        }
      }
      const failed = writes.filter((result) => result.status >= 500).length
      console.log(
        `database outage: ${writes.length} writes, ${completed.create} creates and ${completed.update} updates completed, ` +
          `${failed} failed with 5xx (${failedButCommitted} of them committed just before the connection dropped); ` +
          `/readyz ${readyDuringOutage} during, ${readyAfter} after; a failure reads: ` +
          writes.find((result) => result.status >= 500)?.text,
      )
      expect(completed.create + completed.update + failed).toBe(writes.length)
      expect(failed).toBeGreaterThanOrEqual(WRITES_DURING)
    }, 300_000)
  },
)
