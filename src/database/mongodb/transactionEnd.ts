import type { PayloadRequest } from 'payload'

type TransactionID = number | Promise<number | string> | string
type EndWork = () => Promise<void>

interface EndingAdapter {
  commitTransaction: (id: TransactionID) => Promise<void>
  rollbackTransaction: (id: TransactionID) => Promise<void>
  payload?: { logger: { warn: (message: string) => void } }
}

/** Work waiting for a transaction to end, by adapter and transaction id. */
const waiting = new WeakMap<object, Map<string, EndWork[]>>()

/**
 * The MongoDB transaction `req` writes in, if it has one open: Payload puts a transaction's id (a
 * string) in `req.transactionID` until it ends, and a placeholder object when there is none.
 */
export const openTransactionID = async (req: PayloadRequest): Promise<null | string> => {
  const id = await req.transactionID
  return typeof id === 'string' ? id : null
}

/**
 * Runs `work` once the transaction ends, committed or rolled back, and after the commit has
 * answered, whatever it answered: the work must be right in either case. Runs once per call.
 */
export const whenTransactionEnds = (adapter: object, transactionID: string, work: EndWork) => {
  const byID = waiting.get(adapter) ?? new Map<string, EndWork[]>()
  waiting.set(adapter, byID)
  byID.set(transactionID, [...(byID.get(transactionID) ?? []), work])
}

const runWaiting = async (adapter: EndingAdapter, incoming: TransactionID): Promise<void> => {
  const id = String(await incoming)
  const byID = waiting.get(adapter)
  const work = byID?.get(id) ?? []
  byID?.delete(id)
  for (const run of work) {
    try {
      await run()
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      adapter.payload?.logger.warn(`After a MongoDB transaction ended: ${reason}`)
    }
  }
}

/** Makes the adapter's commit and rollback run what waits for their transaction. */
export const runWorkAtTransactionEnd = (adapter: EndingAdapter): void => {
  const commit = adapter.commitTransaction
  const rollback = adapter.rollbackTransaction
  adapter.commitTransaction = async function (this: EndingAdapter, id) {
    try {
      await commit.call(this, id)
    } finally {
      await runWaiting(adapter, id)
    }
  }
  adapter.rollbackTransaction = async function (this: EndingAdapter, id) {
    try {
      await rollback.call(this, id)
    } finally {
      await runWaiting(adapter, id)
    }
  }
}
