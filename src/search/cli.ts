/**
 * `npm run search:rebuild`: empties the search index and indexes every story again from what is
 * stored, one transaction per story. Safe beside a running server (its saves keep the index in
 * step meanwhile); searches during the rebuild find only the stories indexed so far.
 */
import { inTransaction } from '../database/transaction'
import { runCommand } from '../importing/runCommand'
import { rebuildSearchIndex } from './rebuild'

runCommand(async (payload) => {
  const started = Date.now()
  // Its own process: on SQLite each story's read and write hold the database's write lock.
  const count = await rebuildSearchIndex(payload, (p, work) => inTransaction(p, {}, work))
  console.log(`Search index rebuilt: ${count} stories in ${Date.now() - started} ms`)
  return 0
})
