import type { TestProject } from 'vitest/node'

import { MONGODB_SKIP_REASON, findMongod } from './mongod'

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUrl: string
    skipReason: string
  }
}

/**
 * Starts what a database project needs once for all its files. MongoDB runs as a single-node
 * replica set (transactions need one); without a mongod binary the project reports why and skips,
 * because mongodb-memory-server cannot download one on machines without internet access.
 */
export default async function setup(project: TestProject) {
  project.provide('skipReason', '')
  project.provide('mongoUrl', '')
  if (project.name !== 'mongodb') return undefined

  const binary = findMongod()
  if (!binary) {
    console.warn(MONGODB_SKIP_REASON)
    project.provide('skipReason', MONGODB_SKIP_REASON)
    return undefined
  }
  const { MongoMemoryReplSet } = await import('mongodb-memory-server-core')
  const replSet = await MongoMemoryReplSet.create({
    binary: { systemBinary: binary },
    replSet: { count: 1, storageEngine: 'wiredTiger' },
  })
  project.provide('mongoUrl', replSet.getUri())
  return async () => {
    await replSet.stop()
  }
}
