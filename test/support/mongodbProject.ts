import type { Plugin } from 'vitest/config'

import { MONGODB_SKIP_REASON_VARIABLE, MONGOD_BINARY_VARIABLE, findMongod } from './mongod.ts'
const PLACEHOLDER = 'test/support/mongodbSkipped.test.ts'

/**
 * Finds the MongoDB project's mongod once the project is chosen: vitest resolves a project's config
 * only when `--project` selects it, so `--project unit` never looks for (or downloads) one. With a
 * mongod the project runs the whole integration suite; without one it runs a single placeholder
 * that reports the skip and the reason in one line, instead of loading every file only to skip.
 */
export const mongodbProject = (): Plugin => ({
  name: 'newsroom:mongodb-project',
  async configResolved(config) {
    const test = config.test
    if (!test) return
    const found = await findMongod()
    if ('binary' in found) {
      test.env = { ...test.env, [MONGOD_BINARY_VARIABLE]: found.binary }
      return
    }
    console.warn(found.skipReason)
    test.include = [PLACEHOLDER]
    test.exclude = []
    test.globalSetup = []
    test.env = { ...test.env, [MONGODB_SKIP_REASON_VARIABLE]: found.skipReason }
  },
})
