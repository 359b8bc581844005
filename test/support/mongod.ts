import { execFileSync } from 'node:child_process'

/** Where vitest.config.ts leaves the mongod it found, for the global setup to start. */
export const MONGOD_BINARY_VARIABLE = 'NEWSROOM_TEST_MONGOD'
/** Where it leaves the reason it found none, for the placeholder test to report. */
export const MONGODB_SKIP_REASON_VARIABLE = 'NEWSROOM_MONGODB_SKIP_REASON'

/** A mongod the MongoDB suite can run, or why there is none. */
export type MongodFound = { binary: string } | { skipReason: string }

/** A mongod on the PATH, which mongodb-memory-server does not look for by itself. */
const mongodOnPath = (): string | undefined => {
  try {
    return execFileSync('sh', ['-c', 'command -v mongod'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

/** The one line a skipped MongoDB suite prints: the error's own words, whitespace folded. */
export const skipLine = (error: unknown): string => {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ')
  return (
    `MongoDB suite skipped: no mongod could be had (${reason.trim()}). ` +
    'Set MONGOMS_SYSTEM_BINARY to a mongod, or run where the download is reachable.'
  )
}

/**
 * The mongod for the MongoDB suite: MONGOMS_SYSTEM_BINARY, else a mongod on the PATH, else the one
 * mongodb-memory-server downloaded before or downloads now (the version and the single attempt
 * are set in package.json's `config.mongodbMemoryServer`; nothing is fetched at `npm install`).
 */
export const findMongod = async (): Promise<MongodFound> => {
  try {
    const { MongoBinary } = await import('mongodb-memory-server')
    const systemBinary = process.env.MONGOMS_SYSTEM_BINARY ? undefined : mongodOnPath()
    return { binary: await MongoBinary.getPath(systemBinary ? { systemBinary } : {}) }
  } catch (error) {
    return { skipReason: skipLine(error) }
  }
}
