import { readFileSync, writeFileSync } from 'node:fs'

import { CORPUS_VERSION, DEFAULT_SEED } from './plan'

/** What a stored corpus was made with; a corpus is reused only when all of it matches. */
export interface CorpusStamp {
  version: number
  articles: number
  seed: number
  /** The committed migrations the database has had, in order. */
  migrations: string[]
}

export const stampFor = (
  articles: number,
  migrations: string[],
  seed = DEFAULT_SEED,
): CorpusStamp => ({ version: CORPUS_VERSION, articles, seed, migrations })

export const readStamp = (file: string): CorpusStamp | null => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CorpusStamp
  } catch {
    return null
  }
}

export const writeStamp = (file: string, stamp: CorpusStamp): void =>
  writeFileSync(file, `${JSON.stringify(stamp, null, 2)}\n`)

/**
 * Whether a stored corpus can serve: made the same way, with the migrations of its day. One made
 * before newer migrations is migrated forward as it opens, as a deployment's database is (at
 * 100 000 stories, writing it again and filling its read model took hours); one whose migrations
 * are not the start of today's (a migration edited or removed) is written again.
 */
export const isReusableCorpus = (stored: CorpusStamp | null, wanted: CorpusStamp): boolean => {
  if (stored === null) return false
  const had = stored.migrations ?? []
  return (
    stored.version === wanted.version &&
    stored.articles === wanted.articles &&
    stored.seed === wanted.seed &&
    had.length <= wanted.migrations.length &&
    had.every((name, index) => wanted.migrations[index] === name)
  )
}
