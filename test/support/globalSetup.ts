import { execFileSync } from 'node:child_process'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUrl: string
    skipReason: string
  }
}

const findMongod = (): string | undefined => {
  if (process.env.MONGOMS_SYSTEM_BINARY) return process.env.MONGOMS_SYSTEM_BINARY
  try {
    return execFileSync('sh', ['-c', 'command -v mongod'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
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
    const reason =
      'MongoDB suite skipped: no mongod binary on this machine (set MONGOMS_SYSTEM_BINARY to one, or install mongod, to run it)'
    console.warn(reason)
    project.provide('skipReason', reason)
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
