import type { PayloadRequest } from 'payload'

import type { DeliveryStore, SqlExecutor, StoryId } from '../../src/database/deliveryStore'
import { sqlDeliveryStore } from '../../src/database/deliveryStore'
import { postgresDeliveryExecutor } from '../../src/database/postgres/deliveryExecutor'
import { sqliteDeliveryExecutor } from '../../src/database/sqlite/deliveryExecutor'
import { deliveryRendererOf } from '../../src/readCache/delivery/renderer'
import { startTestServer } from './testServer'
import type { TestServer } from './testServer'

/** No write's transaction: marks made with it stand alone. */
export const NO_WRITE = {} as PayloadRequest

export interface StoreOnly {
  server: TestServer
  store: DeliveryStore
  /** The store's executor on SQL databases; null on MongoDB. */
  sql: null | SqlExecutor
  /** Draft stories, one per headline, for the test to write read-model rows of. */
  stories: StoryId[]
}

/**
 * A test server whose read-model renderer is stopped, so that only the test writes the model's
 * rows (through the store), with a draft story for each headline.
 */
export const startWithStoreOnly = async (headlines: string[]): Promise<StoreOnly> => {
  const server = await startTestServer()
  const renderer = deliveryRendererOf(server.payload)
  await renderer.stop()
  const stories: StoryId[] = []
  for (const headline of headlines) {
    const story = await server.payload.create({
      collection: 'articles',
      data: { headline, _status: 'draft' } as never,
      overrideAccess: true,
    })
    stories.push(story.id)
  }
  const sql = sqliteDeliveryExecutor(server.payload) ?? postgresDeliveryExecutor(server.payload)
  return { server, store: renderer.store, sql, stories }
}

export interface Interrupted {
  store: DeliveryStore
  /** Whether the interruption ran (the statement was sent). */
  hasRun: () => boolean
}

/**
 * The store on `sql`, with `interruption` run once, right after the first statement that begins
 * with `statement`: a change, a delete or another process's render landing at that point of a
 * render or a removal.
 */
export const interruptedStore = (
  sql: SqlExecutor,
  statement: string,
  interruption: () => Promise<unknown>,
): Interrupted => {
  let hasRun = false
  const store = sqlDeliveryStore({
    ...sql,
    run: async (text, params, req) => {
      const rows = await sql.run(text, params, req)
      if (!hasRun && text.startsWith(statement)) {
        hasRun = true
        await interruption()
      }
      return rows
    },
  })
  return { store, hasRun: () => hasRun }
}
