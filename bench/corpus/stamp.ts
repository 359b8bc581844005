import { readFileSync, writeFileSync } from 'node:fs'

import { CORPUS_VERSION, DEFAULT_SEED } from './plan'

/** What a stored corpus was made with; a corpus is reused only when all of it matches. */
export interface CorpusStamp {
  version: number
  articles: number
  seed: number
  /** The committed migrations the database was made with: a new one means a new corpus. */
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

export const isSameCorpus = (a: CorpusStamp | null, b: CorpusStamp): boolean =>
  a !== null &&
  a.version === b.version &&
  a.articles === b.articles &&
  a.seed === b.seed &&
  JSON.stringify(a.migrations ?? []) === JSON.stringify(b.migrations)
