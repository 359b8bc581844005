import type { Payload } from 'payload'

import { deliveryStore } from '../../database/deliveryStore'
import type { DeliveryStore } from '../../database/deliveryStore'
import { KV_COLLECTION } from '../contentVersion'
import { renderStale } from './render'

/** Rounds one sweep renders before it yields to the next kick (a row that always fails waits). */
const MAX_ROUNDS = 400

/** Where the model records that every published story has a row (its first fill ran). */
export const MODEL_COMPLETE_KEY = 'newsroom:delivery-complete'

export interface DeliveryRenderer {
  store: DeliveryStore
  /** Asks for a sweep soon: after a write's transaction ended, or on a timer. */
  kick: () => void
  /** Renders every stale row now and resolves when none is left (tests, the fill command). */
  sweep: () => Promise<void>
  /** Whether lists may be answered: every published story has a row. */
  isComplete: () => Promise<boolean>
  /** Work begun outside a sweep (the fill as the server starts) that `stop` waits for. */
  track: <T>(work: Promise<T>) => Promise<T>
  /** No more sweeps: the database is closing. Resolves once the work under way has ended. */
  stop: () => Promise<void>
}

const renderers = new WeakMap<Payload, DeliveryRenderer>()

const readComplete = async (payload: Payload): Promise<boolean> => {
  const row = await payload.db.findOne<{ id: number | string; data?: { isComplete?: unknown } }>({
    collection: KV_COLLECTION,
    where: { key: { equals: MODEL_COMPLETE_KEY } },
    req: {},
  })
  return row?.data?.isComplete === true
}

/**
 * Adds a stale row for every published story that has none, marks stale the rows whose list
 * entries are not their stories' lists, and records that the model is complete; the renderer
 * fills them in. Run in the background as the server starts (adding rows is one cheap statement
 * once complete; the entries' check reads every row, about 3 s of CPU at 100 000 stories on
 * SQLite) and by the bench before it starts one (bench/deliveryModel.ts). Until it has run, lists
 * are Payload's to answer.
 */
export const fillDeliveryModel = async (payload: Payload): Promise<number> => {
  const store = deliveryRendererOf(payload).store
  const added = await store.addMissing()
  const relisted = await store.relistMissing()
  if (relisted > 0) {
    payload.logger.info(`the delivery read model renders ${relisted} stories again for their lists`)
  }
  if (!(await readComplete(payload))) {
    await payload.db.upsert({
      collection: KV_COLLECTION,
      where: { key: { equals: MODEL_COMPLETE_KEY } },
      data: { key: MODEL_COMPLETE_KEY, data: { isComplete: true } },
      req: {},
    })
  }
  return added
}

/** The process's one renderer for `payload`'s read model. */
export const deliveryRendererOf = (payload: Payload): DeliveryRenderer => {
  const known = renderers.get(payload)
  if (known) return known
  const store = deliveryStore(payload)
  let running: null | Promise<void> = null
  let isAskedAgain = false
  let isComplete = false
  let isStopped = false
  const tracked = new Set<Promise<unknown>>()

  const sweepOnce = async () => {
    for (let round = 0; round < MAX_ROUNDS && !isStopped; round += 1) {
      if ((await renderStale(payload, store)) === 0) return
    }
  }
  const kick = () => {
    if (isStopped) return
    if (running) {
      isAskedAgain = true
      return
    }
    running = sweepOnce()
      .catch((error: unknown) =>
        payload.logger.error({ err: error }, 'the delivery read model could not render'),
      )
      .finally(() => {
        running = null
        if (isAskedAgain) {
          isAskedAgain = false
          kick()
        }
      })
  }
  const renderer: DeliveryRenderer = {
    store,
    kick,
    sweep: async () => {
      while (running) await running
      await sweepOnce()
    },
    isComplete: async () => (isComplete ||= await readComplete(payload)),
    track: (work) => {
      tracked.add(work)
      void work.then(
        () => tracked.delete(work),
        () => tracked.delete(work),
      )
      return work
    },
    stop: async () => {
      isStopped = true
      // Its statements must be done before the connections close under them.
      await Promise.allSettled([...tracked])
      while (running) await running
    },
  }
  renderers.set(payload, renderer)
  return renderer
}
