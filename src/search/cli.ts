/**
 * `npm run search:rebuild`: empties the search index and indexes every story again from what is
 * stored, one transaction per story. Safe beside a running server (its saves keep the index in
 * step meanwhile); searches during the rebuild find only the stories indexed so far.
 */
import { inTransaction } from '../database/transaction'
import { openPayload } from '../importing/openPayload'
import { rebuildSearchIndex } from './rebuild'

const main = async (): Promise<number> => {
  const { payload, close } = await openPayload()
  try {
    const started = Date.now()
    // Its own process: on SQLite each story's read and write hold the database's write lock.
    const count = await rebuildSearchIndex(payload, (p, work) => inTransaction(p, {}, work))
    console.log(`Search index rebuilt: ${count} stories in ${Date.now() - started} ms`)
    return 0
  } finally {
    await close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
