import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { searchStore } from '../database/searchStore'
import type { SearchStore, StaleRow, StoryId } from '../database/searchStore'
import { inOwnTransaction } from '../database/transaction'
import { indexedOf, linkedFieldsOf, parseLinks } from '../domain/search/searchDocument'
import { holdArticleForWrite, releaseArticle } from '../workflow/writeHold'
import { bumpContentVersion, hasContentVersion } from '../readCache/contentVersion'
import { readLinkedEntities } from './linkedEntities'
import { readStoryRows } from './readStoryText'

/** Rows refreshed per read of their links' names. */
const REFRESH_BATCH = 100
/** Stories indexed per look for ones without rows. */
const FILL_BATCH = 200

/** How a story indexed afresh is written: in its own transaction, with the article held. */
export type StoryTransaction = <T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
) => Promise<T>

export interface SearchIndex {
  store: SearchStore
  /** Refreshes stale rows soon: after a write's transaction ended, or on a timer. */
  kick: () => void
  /** Refreshes every stale row now and resolves when none is left (tests, the rebuild). */
  settle: () => Promise<void>
  /** Indexes every story that has no row yet; how many. */
  fill: (transaction?: StoryTransaction) => Promise<number>
  /** No more refreshes: the database is closing. Resolves once the refresh under way has ended. */
  stop: () => Promise<void>
}

const indexes = new WeakMap<Payload, SearchIndex>()

/**
 * A stale row's names and filters as its links are named now. Anonymous searches cached since the
 * rename's commit were answered with the old names: the content version moves on once more.
 */
const refreshRows = async (
  payload: Payload,
  store: SearchStore,
  rows: StaleRow[],
): Promise<number> => {
  const req = await createLocalReq({}, payload)
  const entities = await readLinkedEntities(
    req,
    rows.flatMap((row) => parseLinks(row.links)),
  )
  let written = 0
  for (const row of rows) {
    const { names, section, tags, people } = linkedFieldsOf(parseLinks(row.links), entities)
    const text = { ...row.text, names }
    const refreshed = { text, indexed: indexedOf(text), section, tags, people }
    if (await store.refreshRow(row, refreshed)) written += 1
  }
  if (written > 0 && hasContentVersion(payload)) await bumpContentVersion(req)
  return written
}

/**
 * Indexes one story as it is now, holding it as a save does (the PostgreSQL row lock, else the
 * in-process queue): a save of it waits, so its newer text is written after, never before.
 */
export const indexStoryNow = async (
  payload: Payload,
  story: StoryId,
  transaction: StoryTransaction = inOwnTransaction,
): Promise<void> =>
  transaction(payload, async (req) => {
    await holdArticleForWrite(req, story)
    try {
      const rows = await readStoryRows(req, story)
      await searchIndexOf(payload).store.writeStory(req, story, rows)
    } finally {
      releaseArticle(req, story)
    }
  })

/** The process's one search index for `payload`. */
export const searchIndexOf = (payload: Payload): SearchIndex => {
  const known = indexes.get(payload)
  if (known) return known
  const store = searchStore(payload)
  let running: null | Promise<void> = null
  let isAskedAgain = false
  let isStopped = false

  const refreshAll = async () => {
    for (;;) {
      if (isStopped) return
      const rows = await store.staleRows(REFRESH_BATCH)
      if (rows.length === 0) return
      // Marked again meanwhile (a second rename): the next kick reads the new names.
      if ((await refreshRows(payload, store, rows)) === 0) return
    }
  }
  const fills = new Set<Promise<number>>()
  const fillAll = async (transaction?: StoryTransaction): Promise<number> => {
    await store.linkMissing()
    const tried = new Set<string>()
    for (;;) {
      const stories = (await store.storiesWithoutRows(FILL_BATCH + tried.size)).filter(
        (story) => !tried.has(String(story)),
      )
      if (stories.length === 0 || isStopped) return tried.size
      for (const story of stories) {
        if (isStopped) return tried.size
        tried.add(String(story))
        await indexStoryNow(payload, story, transaction)
      }
    }
  }
  const kick = () => {
    if (isStopped) return
    if (running) {
      isAskedAgain = true
      return
    }
    running = refreshAll()
      .catch((error: unknown) =>
        payload.logger.error({ err: error }, 'the search index could not refresh names'),
      )
      .finally(() => {
        running = null
        if (isAskedAgain) {
          isAskedAgain = false
          kick()
        }
      })
  }
  const index: SearchIndex = {
    store,
    kick,
    settle: async () => {
      while (running) await running
      await refreshAll()
    },
    fill: (transaction) => {
      const filling = fillAll(transaction)
      fills.add(filling)
      const forget = () => fills.delete(filling)
      void filling.then(forget, forget)
      return filling
    },
    stop: async () => {
      isStopped = true
      // Its statements must be done before the connections close under them.
      await Promise.allSettled([...fills])
      while (running) await running
    },
  }
  indexes.set(payload, index)
  return index
}
