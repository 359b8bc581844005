import { randomUUID } from 'node:crypto'

import type { DatabaseAdapterObj } from 'payload'

interface Session {
  db: unknown
  resolve: () => Promise<void>
  reject: () => Promise<void>
}

interface DrizzleAdapter {
  drizzle: {
    transaction: (run: (tx: unknown) => Promise<void>, config?: unknown) => Promise<void>
  }
  initializing: Promise<void>
  sessions: Record<string, Session>
  transactionOptions?: unknown
  beginTransaction: (options?: unknown) => Promise<null | number | string>
  commitTransaction: (id?: number | Promise<number | string> | string) => Promise<void>
}

/** Thrown inside the transaction to make Drizzle roll it back; never leaves this module. */
class RollBack extends Error {}

/**
 * Payload's Drizzle adapter (3.90) catches a failed COMMIT and carries on: when the database dies
 * between a save's last statement and its commit, the transaction is rolled back but the save
 * answers 200, and the editor believes a story is saved that is not. These two replace the
 * adapter's own, keeping its session shape (`db`, `resolve`, `reject`) so everything else in
 * Payload, and the row lock in src/database/postgres/articleRowLock.ts, work as before;
 * the only change is that `commitTransaction` rejects when the commit did not happen. Payload's
 * operations then roll back their request and answer with the error (503 for a lost database).
 */
async function beginTransaction(this: DrizzleAdapter, options?: unknown): Promise<string> {
  await this.initializing
  const id = randomUUID()
  let end: (commit: boolean) => void = () => {}
  let started: (tx: unknown) => void = () => {}
  let failedToStart: (error: unknown) => void = () => {}
  const ready = new Promise<unknown>((resolve, reject) => {
    started = resolve
    failedToStart = reject
  })
  const done = this.drizzle.transaction(async (tx) => {
    started(tx)
    const commit = await new Promise<boolean>((resolve) => (end = resolve))
    if (!commit) throw new RollBack('rolled back')
  }, options ?? this.transactionOptions)
  // BEGIN itself failed (no connection): the transaction never started.
  done.catch(failedToStart)
  const tx = await ready
  this.sessions[id] = {
    db: tx,
    resolve: async () => {
      end(true)
      await done
    },
    reject: async () => {
      end(false)
      await done.catch(() => undefined)
    },
  }
  return id
}

async function commitTransaction(
  this: DrizzleAdapter,
  incoming: number | Promise<number | string> | string = '',
): Promise<void> {
  const id = String(await incoming)
  const session = this.sessions[id]
  // Already ended: the first of several operations sharing it did.
  if (!session) return
  delete this.sessions[id]
  await session.resolve()
}

/** The PostgreSQL adapter, with commits that fail loudly (see beginTransaction above). */
export const withCommitsThatFailLoudly = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const initialized = adapter.init(args) as unknown as DrizzleAdapter
    initialized.beginTransaction = beginTransaction
    initialized.commitTransaction = commitTransaction
    return initialized as unknown as ReturnType<DatabaseAdapterObj['init']>
  },
})
