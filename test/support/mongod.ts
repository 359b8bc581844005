import { execFileSync } from 'node:child_process'

/** A mongod binary for the MongoDB suite: MONGOMS_SYSTEM_BINARY, else one on the PATH. */
export const findMongod = (): string | undefined => {
  if (process.env.MONGOMS_SYSTEM_BINARY) return process.env.MONGOMS_SYSTEM_BINARY
  try {
    return execFileSync('sh', ['-c', 'command -v mongod'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

// mongodb-memory-server cannot download a binary on machines without internet access.
export const MONGODB_SKIP_REASON =
  'MongoDB suite skipped: no mongod binary on this machine (set MONGOMS_SYSTEM_BINARY to one, or install mongod, to run it)'
