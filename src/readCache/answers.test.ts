import { describe, expect, test } from 'vitest'

import { createAnswerStore } from './answers'
import type { CachedAnswer, Found } from './answers'

const answer = (text: string): CachedAnswer => ({
  status: 200,
  headers: [['etag', `"${text}"`]],
  body: new TextEncoder().encode(text),
  etag: `"${text}"`,
})

const kept = (found: Found): null | string =>
  found.answer ? new TextDecoder().decode(found.answer.body) : null

describe('the answers kept for the content version', () => {
  test('a miss gets a ticket; once settled, the next look-up finds the answer', async () => {
    const store = createAnswerStore({ readVersion: async () => 'v1' })
    const first = await store.lookUp('a')
    expect(first.answer).toBeNull()
    if (first.answer) return
    first.ticket?.settle(answer('A'))
    expect(kept(await store.lookUp('a'))).toBe('A')
  })

  test('reads of one answer that arrive together wait for the one computing it', async () => {
    const store = createAnswerStore({ readVersion: async () => 'v1' })
    const first = await store.lookUp('a')
    const second = store.lookUp('a')
    if (first.answer) throw new Error('expected a miss')
    first.ticket?.settle(answer('A'))
    expect(kept(await second)).toBe('A')
  })

  test('a ticket settled with nothing lets the next read compute, and is settled once', async () => {
    const store = createAnswerStore({ readVersion: async () => 'v1' })
    const first = await store.lookUp('a')
    if (first.answer) throw new Error('expected a miss')
    first.ticket?.settle(null)
    first.ticket?.settle(answer('late'))
    const next = await store.lookUp('a')
    expect(next.answer).toBeNull()
    expect(next.answer === null && next.ticket).toBeTruthy()
  })

  test('a new content version forgets every answer kept under the old one', async () => {
    let version = 'v1'
    const store = createAnswerStore({ readVersion: async () => version })
    const first = await store.lookUp('a')
    if (!first.answer) first.ticket?.settle(answer('A'))
    version = 'v2'
    expect(kept(await store.lookUp('a'))).toBeNull()
  })

  test('without the version nothing is kept or served', async () => {
    const store = createAnswerStore({
      readVersion: async () => {
        throw new Error('database down')
      },
    })
    expect(await store.lookUp('a')).toEqual({ answer: null, ticket: null })
  })

  test('an answer over the size limit is served but not kept', async () => {
    const store = createAnswerStore({ readVersion: async () => 'v1', maxAnswerBytes: 3 })
    const first = await store.lookUp('a')
    if (!first.answer) first.ticket?.settle(answer('ABCD'))
    expect(kept(await store.lookUp('a'))).toBeNull()
  })

  test('past its entries, the least recently used answer goes first', async () => {
    const store = createAnswerStore({ readVersion: async () => 'v1', maxEntries: 2 })
    for (const key of ['a', 'b']) {
      const found = await store.lookUp(key)
      if (!found.answer) found.ticket?.settle(answer(key))
    }
    expect(kept(await store.lookUp('a'))).toBe('a') // now the most recently used
    const c = await store.lookUp('c')
    if (!c.answer) c.ticket?.settle(answer('c'))
    await Promise.resolve()
    expect(kept(await store.lookUp('a'))).toBe('a')
    expect(kept(await store.lookUp('b'))).toBeNull()
  })
})
