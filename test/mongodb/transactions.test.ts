/**
 * Risks: MongoDB transactions never wait for one another (the loser of a write conflict is
 * aborted), wait only 5 ms for a lock by default, and Payload re-runs none of them; a story id
 * made only of digits was turned into a number by the scheduler. Settings and fixes in
 * src/database/mongodb/transactions.ts, src/database/transaction.ts (the CMS's own transactions
 * are re-run) and src/database/queryFeatures.ts (ids stay as the database stores them).
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { inTransaction } from '../../src/database/transaction'
import {
  CONNECTION_OPTIONS,
  SERVER_LOCK_WAIT_MS,
  TRANSACTION_OPTIONS,
} from '../../src/database/mongodb/transactions'
import { WORKFLOW_QUEUE } from '../../src/workflow/carryOutSchedule'
import { startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { latest, openNewsroom, storyAt } from '../workflow/newsroom'
import { describeOnMongoDB, rawCollection } from './onMongoDB'

interface MongooseView {
  transactionOptions: unknown
  connection: {
    getClient: () => { options: Record<string, unknown> }
    db: { admin: () => { command: (command: object) => Promise<Record<string, unknown>> } }
    base: { Types: { ObjectId: new (id: string) => { toHexString: () => string } } }
  }
}

describeOnMongoDB('MongoDB transactions under editorial load', () => {
  let server: TestServer
  const mongoose = () => server.payload.db as unknown as MongooseView

  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => server?.stop())

  test('the client runs with the settings the CMS chose', async () => {
    expect(mongoose().transactionOptions).toEqual(TRANSACTION_OPTIONS)
    const options = mongoose().connection.getClient().options
    expect(options.serverSelectionTimeoutMS).toBe(CONNECTION_OPTIONS.serverSelectionTimeoutMS)
    expect(options.retryWrites).toBe(true)
  })

  test('the test server waits for a lock as docker-compose.yml tells MongoDB to', async () => {
    const answer = await mongoose()
      .connection.db.admin()
      .command({ getParameter: 1, maxTransactionLockRequestTimeoutMillis: 1 })
    expect(answer.maxTransactionLockRequestTimeoutMillis).toBe(SERVER_LOCK_WAIT_MS)
  })

  test("the CMS's own transaction that loses a write conflict is run again, and saved once", async () => {
    const { payload } = server
    const person = await payload.create({
      collection: 'people',
      data: { name: 'Contested person' },
      overrideAccess: true,
    })
    // Another transaction writes the person first and has not committed yet.
    const other = await createLocalReq({}, payload)
    const otherID = await payload.db.beginTransaction()
    other.transactionID = otherID ?? undefined
    await payload.update({
      collection: 'people',
      id: person.id,
      data: { description: 'Other' },
      overrideAccess: true,
      req: other,
    })
    let attempts = 0
    await inTransaction(payload, {}, async (req) => {
      attempts += 1
      try {
        return await payload.update({
          collection: 'people',
          id: person.id,
          data: { description: 'Import' },
          overrideAccess: true,
          req,
        })
      } finally {
        // The first attempt has met the other's write; let the other finish before the next.
        if (attempts === 1) await payload.db.commitTransaction(otherID as string)
      }
    })
    expect(attempts).toBeGreaterThanOrEqual(2)
    const saved = await payload.findByID({ collection: 'people', id: person.id, depth: 0 })
    expect(saved.description).toBe('Import')
  })

  test('a scheduled story whose id is made only of digits is published on time', async () => {
    const { payload } = server
    const newsroom = await openNewsroom(payload, server.http)
    const story = await storyAt(payload, newsroom, 'approved')
    const publishAt = new Date(Date.now() + 3_000).toISOString()
    await payload.update({
      collection: 'articles',
      id: story.id,
      data: { workflowStage: 'scheduled', publishAt, workflowNote: 'Embargo' },
      draft: true,
      overrideAccess: true,
    })
    // Give the story an ObjectId that is all digits, as one in about 80,000 is.
    const { ObjectId } = mongoose().connection.base.Types
    const digits = new ObjectId('123456789012345678901234')
    const original = new ObjectId(String(story.id))
    const articles = rawCollection(payload, 'articles')
    const document = await articles.findOne({ _id: original as never })
    await articles.deleteOne({ _id: original as never })
    await articles.insertOne({ ...document, _id: digits as never })
    await rawCollection(payload, 'articles', { versions: true }).updateMany(
      { parent: original as never },
      { $set: { parent: digits } },
    )
    await payload.jobs.queue({
      task: 'carryOutSchedule',
      input: { articleId: digits.toHexString() },
      queue: WORKFLOW_QUEUE,
    })
    await new Promise((resolve) => setTimeout(resolve, Date.parse(publishAt) - Date.now() + 250))
    await payload.jobs.run({ queue: WORKFLOW_QUEUE })
    const published = await latest(payload, digits.toHexString() as never)
    expect(published.workflowStage).toBe('published')
    expect(published._status).toBe('published')
  })
})
