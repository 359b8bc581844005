/**
 * Risk: on MongoDB only an in-process queue ordered If-Match saves, so two processes (the compose
 * `app` and `jobs` services, or two replicas) could both pass the check, and the loser got a 500
 * (a write conflict) instead of a 409. Fixed in src/database/mongodb/articleClaim.ts (one
 * conditional update in the save's transaction) and src/database/outages.ts (a lost write
 * conflict is a 409 that says nothing was saved).
 */
import { createServer as createHttpServer } from 'node:http'
import type { Server } from 'node:http'

import supertest from 'supertest'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { SAVE_CONFLICT_MESSAGE } from '../../src/database/outages'
import type { NewsroomServer } from '../../src/server'
import { authHeader } from '../support/api'
import { startSecondInstance } from '../support/startProcess'
import type { SecondInstance } from '../support/startProcess'
import { createTestDatabase } from '../support/testDatabase'
import type { TestDatabase } from '../support/testDatabase'
import { latest, openNewsroom, storyAt } from '../workflow/newsroom'
import type { Newsroom } from '../workflow/newsroom'
import { describeOnMongoDB } from './onMongoDB'

const ROUNDS = 8

describeOnMongoDB('If-Match across two processes on MongoDB', () => {
  let database: TestDatabase
  let server: NewsroomServer
  let second: SecondInstance | undefined
  let newsroom: Newsroom
  let listener: Server | undefined
  const bases: string[] = []

  beforeAll(async () => {
    database = await createTestDatabase()
    process.env.DATABASE_URL = database.url
    const { createServer } = await import('../../src/server')
    server = await createServer()
    listener = createHttpServer(server.listener).listen(0, '127.0.0.1')
    await new Promise((resolve) => listener?.once('listening', resolve))
    const address = listener.address()
    bases.push(`http://127.0.0.1:${typeof address === 'object' ? address?.port : ''}`)
    newsroom = await openNewsroom(server.payload, supertest(bases[0]!))

    // A second instance of the CMS in its own process, sharing only the database.
    second = await startSecondInstance(database.url, '/readyz')
    bases.push(second.baseUrl)
  }, 300_000)

  afterAll(async () => {
    await second?.stop()
    if (listener) await new Promise((resolve) => listener?.close(resolve))
    await server?.close()
    await database?.drop()
  })

  const save = async (
    base: string,
    id: number | string,
    body: Record<string, unknown>,
    ifMatch?: string,
  ) => {
    const response = await fetch(`${base}/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      headers: {
        ...authHeader(newsroom.tokens.editor),
        'Content-Type': 'application/json',
        ...(ifMatch ? { 'If-Match': `"${ifMatch}"` } : {}),
      },
      body: JSON.stringify(body),
    })
    const json = (await response.json()) as { errors?: Array<{ message: string }> }
    return { status: response.status, message: json.errors?.[0]?.message ?? '', body }
  }

  test(`the same If-Match sent to both processes: one save wins, the other gets 409 (${ROUNDS} rounds)`, async () => {
    const story = await storyAt(server.payload, newsroom, 'draft', { owner: 'editor' })
    for (let round = 0; round < ROUNDS; round += 1) {
      const read = await latest(server.payload, story.id as never)
      const results = await Promise.all(
        bases.map((base, index) =>
          save(base, story.id, { standfirst: `Process ${index}, round ${round}` }, read.updatedAt),
        ),
      )
      expect(results.map((result) => result.status).sort(), JSON.stringify(results)).toEqual([
        200, 409,
      ])
      expect(results.find((result) => result.status === 409)?.message).toMatch(
        /changed since you read it.*stale-write/,
      )
      const winner = results.find((result) => result.status === 200)
      // No lost update, and the claim left the version a draft read shows where the save put it.
      const after = await latest(server.payload, story.id as never)
      expect(after.standfirst).toBe(winner?.body.standfirst)
      expect(after.updatedAt).not.toBe(read.updatedAt)
    }
  })

  test('saves without If-Match at the same moment either succeed or get 409 "try again", never 500', async () => {
    const story = await storyAt(server.payload, newsroom, 'draft', { owner: 'editor' })
    const results = await Promise.all(
      [0, 1, 2, 3].map((index) =>
        save(bases[index % 2]!, story.id, { standfirst: `Unconditional ${index}` }),
      ),
    )
    for (const result of results) {
      expect([200, 409], JSON.stringify(result)).toContain(result.status)
      if (result.status === 409) expect(result.message).toBe(SAVE_CONFLICT_MESSAGE)
    }
    expect(results.some((result) => result.status === 200)).toBe(true)
  })
})
