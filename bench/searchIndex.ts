/**
 * Indexes a bench corpus for search (written without hooks, so with no rows) before the server
 * starts, as the server would in the background; reuses what a stored corpus already has. Run by
 * `npm run bench`; prints `{ "indexed": N, "seconds": S }`.
 */
import { searchIndexOf } from '../src/search/searchIndex'
import { runWithPayload } from './withPayload'

runWithPayload('Search index', async (payload) => {
  const started = performance.now()
  const indexed = await searchIndexOf(payload).fill()
  const seconds = Math.round((performance.now() - started) / 100) / 10
  console.log(JSON.stringify({ indexed, seconds }))
})
