import type { Payload } from 'payload'

import { transactionEndsHandled } from '../../src/database/transaction'
import { deliveryRendererOf } from '../../src/readCache/delivery/renderer'
import { searchIndexOf } from '../../src/search/searchIndex'

export interface QueryCounter {
  /** Statements sent to the database since the last reset. */
  readonly statements: string[]
  reset: () => void
  /** Puts the driver back as it was. */
  restore: () => void
}

type Method = (...args: unknown[]) => unknown
type Patchable = Record<string, Method | undefined>

const sqlOf = (statement: unknown): string => {
  if (typeof statement === 'string') return statement
  if (statement && typeof statement === 'object') {
    const { sql, text } = statement as { sql?: unknown; text?: unknown }
    if (typeof sql === 'string') return sql
    if (typeof text === 'string') return text
  }
  return String(statement)
}

/**
 * Counts the statements the SQL adapters send, at the driver: the libSQL client's `execute` and
 * `batch` (one per statement), or on Postgres the `query` of every client the pool lends out
 * (reads outside transactions, and a transaction's statements, BEGIN and COMMIT included). Null
 * on MongoDB, which has no SQL driver to watch.
 */
export const countQueries = (payload: Payload): null | QueryCounter => {
  const statements: string[] = []
  const db = payload.db as unknown as { client?: Patchable; pool?: Patchable }
  const patches: Array<[target: Patchable, name: string, original: Method]> = []
  let isCounting = true
  const wrap = (target: Patchable | undefined, name: string, record: (args: unknown[]) => void) => {
    const original = target?.[name]
    if (!target || typeof original !== 'function') return
    patches.push([target, name, original])
    target[name] = function (this: unknown, ...args: unknown[]) {
      record(args)
      return original.apply(this, args)
    }
  }
  if (payload.db.name === 'sqlite') {
    wrap(db.client, 'execute', ([statement]) => statements.push(sqlOf(statement)))
    wrap(db.client, 'batch', ([batch]) => {
      for (const statement of batch as unknown[]) statements.push(sqlOf(statement))
    })
  } else if (payload.db.name === 'postgres') {
    // Every statement, inside a transaction or not (the pool's own `query` borrows a client too),
    // goes through the `query` of a client the pool lends out: each is watched once, there.
    const connect = db.pool?.connect
    const watched = new WeakSet<object>()
    const watch = (client: unknown) => {
      const lent = client as Patchable | undefined
      if (isCounting && lent && !watched.has(lent)) {
        watched.add(lent)
        wrap(lent, 'query', ([statement]) => statements.push(sqlOf(statement)))
      }
      return client
    }
    if (db.pool && typeof connect === 'function') {
      patches.push([db.pool, 'connect', connect])
      db.pool.connect = function (this: unknown, ...args: unknown[]) {
        const callback = args[0]
        if (typeof callback === 'function') {
          return connect.call(this, (error: unknown, client: unknown, done: unknown) =>
            callback(error, watch(client), done),
          )
        }
        return (connect.apply(this, args) as Promise<unknown>).then(watch)
      }
    }
  }
  if (patches.length === 0) return null
  return {
    statements,
    reset: () => {
      statements.length = 0
    },
    restore: () => {
      isCounting = false
      for (const [target, name, original] of patches.reverse()) target[name] = original
    },
  }
}

/**
 * Waits for the work a save leaves for after its transaction (the read model's renders, the
 * search index's refresh), so that a count afterwards measures the read alone. Deterministic:
 * it awaits the post-transaction callbacks themselves, then runs both to the end.
 */
export const afterSavesSettle = async (payload: Payload): Promise<void> => {
  for (let round = 0; round < 2; round += 1) {
    await transactionEndsHandled()
    await deliveryRendererOf(payload).sweep()
    await searchIndexOf(payload).settle()
  }
}
