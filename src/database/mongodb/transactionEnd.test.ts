import { describe, expect, test } from 'vitest'

import { runWorkAtTransactionEnd, whenTransactionEnds } from './transactionEnd'

const adapterThat = (commitFails = false) => {
  const calls: string[] = []
  const warnings: string[] = []
  const adapter = {
    commitTransaction: async (id: number | Promise<number | string> | string) => {
      calls.push(`commit ${String(await id)}`)
      if (commitFails) throw new Error('commit failed')
    },
    rollbackTransaction: async (id: number | Promise<number | string> | string) => {
      calls.push(`rollback ${String(await id)}`)
    },
    payload: { logger: { warn: (message: string) => warnings.push(message) } },
  }
  runWorkAtTransactionEnd(adapter)
  return { adapter, calls, warnings }
}

describe('work waiting for a MongoDB transaction to end', () => {
  test('runs once the commit has answered, once only', async () => {
    const { adapter, calls } = adapterThat()
    whenTransactionEnds(adapter, 't1', async () => {
      calls.push('after t1')
    })
    await adapter.commitTransaction('t2')
    await adapter.commitTransaction(Promise.resolve('t1'))
    await adapter.commitTransaction('t1')
    expect(calls).toEqual(['commit t2', 'commit t1', 'after t1', 'commit t1'])
  })

  test('runs after a rollback too', async () => {
    const { adapter, calls } = adapterThat()
    whenTransactionEnds(adapter, 't1', async () => {
      calls.push('after t1')
    })
    await adapter.rollbackTransaction('t1')
    expect(calls).toEqual(['rollback t1', 'after t1'])
  })

  test('runs when the commit failed, and the commit still fails', async () => {
    const { adapter, calls } = adapterThat(true)
    whenTransactionEnds(adapter, 't1', async () => {
      calls.push('after t1')
    })
    await expect(adapter.commitTransaction('t1')).rejects.toThrow('commit failed')
    expect(calls).toEqual(['commit t1', 'after t1'])
  })

  test('a failure of the work is logged, and does not fail the commit', async () => {
    const { adapter, warnings } = adapterThat()
    whenTransactionEnds(adapter, 't1', async () => {
      throw new Error('database gone')
    })
    await adapter.commitTransaction('t1')
    expect(warnings).toEqual(['After a MongoDB transaction ended: database gone'])
  })
})
