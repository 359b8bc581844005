/**
 * Fills the delivery read model of a bench corpus (written without hooks, so with no rows) before
 * the server starts: a row for every published story, each rendered. Reuses what a stored corpus
 * already has. Run by `npm run bench`; prints `{ "added": N, "rendered": N, "seconds": S }`.
 */
import { deliveryRendererOf, fillDeliveryModel } from '../src/readCache/delivery/renderer'
import { renderStale } from '../src/readCache/delivery/render'
import { progressBar } from './corpus/progress'
import { runWithPayload } from './withPayload'

runWithPayload('Read model', async (payload) => {
  const added = await fillDeliveryModel(payload)
  const { store } = deliveryRendererOf(payload)
  // A stored corpus may hold rows left stale by an earlier, interrupted fill: those count too.
  const waiting = (await store.staleRows(1_000_000)).length
  const bar = progressBar('Read model', waiting)
  let rendered = 0
  for (let done = -1; done !== 0;) {
    done = await renderStale(payload, store, 2000)
    rendered += done
    bar.tick(Math.min(rendered, waiting))
  }
  const seconds = bar.done()
  console.log(JSON.stringify({ added, rendered, seconds: Math.round(seconds * 10) / 10 }))
})
