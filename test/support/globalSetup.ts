import type { TestProject } from 'vitest/node'

import { SERVER_LOCK_WAIT_MS } from '../../src/database/mongodb/transactions'
import { MONGOD_BINARY_VARIABLE, skipLine } from './mongod'

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUrl: string
    skipReason: string
  }
}

/**
 * The server parameter that MongoDB's default of 5 ms makes transactions abort on (see
 * src/database/mongodb/transactions.ts): the test server runs as docker-compose.yml's does.
 */
const MONGOD_ARGS = [
  '--setParameter',
  `maxTransactionLockRequestTimeoutMillis=${SERVER_LOCK_WAIT_MS}`,
]

/**
 * Starts what a database project needs once for all its files. MongoDB runs as a single-node
 * replica set (transactions need one), on the mongod vitest.config.ts found; should it fail to
 * start, every file reports the reason and skips.
 */
export default async function setup(project: TestProject) {
  project.provide('skipReason', '')
  project.provide('mongoUrl', '')
  if (project.name !== 'mongodb') return undefined

  const binary = project.config.env[MONGOD_BINARY_VARIABLE]
  if (!binary) throw new Error(`${MONGOD_BINARY_VARIABLE} is not set for the MongoDB project`)
  try {
    const { MongoMemoryReplSet } = await import('mongodb-memory-server')
    const replSet = await MongoMemoryReplSet.create({
      binary: { systemBinary: binary },
      instanceOpts: [{ args: MONGOD_ARGS }],
      replSet: { count: 1, storageEngine: 'wiredTiger' },
    })
    project.provide('mongoUrl', replSet.getUri())
    return async () => {
      await replSet.stop()
    }
  } catch (error) {
    const reason = skipLine(error)
    console.warn(reason)
    project.provide('skipReason', reason)
    return undefined
  }
}
