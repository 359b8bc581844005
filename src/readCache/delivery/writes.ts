import { randomUUID } from 'node:crypto'

import { isShownToReaders } from '../../domain/publishing/representationChange'
import type { RepresentationListener } from '../../publishing/representationChanged'
import { whenTransactionEnds } from '../../database/transaction'
import { deliveryRendererOf } from './renderer'

/**
 * The read model's side of the publishing seam. In the write's own transaction, the story's row
 * (when it has one or is live now) and every row that shows what changed are marked stale, each
 * mark in one statement: from the commit on, no reader is served their old rendering (a stale
 * row sends the read to Payload). Once the transaction has ended, this process renders them again.
 */
export const keepDeliveryModel: RepresentationListener = async (change, req) => {
  // A draft saved or a never-live story deleted: readers are shown nothing new.
  if (!isShownToReaders(change)) return
  const renderer = deliveryRendererOf(req.payload)
  const token = randomUUID()
  if (change.kind === 'entityChanged') {
    await renderer.store.markShowing(req, `${change.collection}:${change.entity}`, token)
  } else {
    // A story readers see now gets a row; one taken down keeps its row until the render removes
    // it (a deleted story's row may already have lost its link to the story).
    const isLive = change.kind !== 'unpublished' && change.kind !== 'deleted'
    if (isLive) await renderer.store.markStory(req, change.story, token)
    if (change.kind === 'deleted') await renderer.store.removeUnlinked(req)
    await renderer.store.markShowing(req, `articles:${change.story}`, token)
  }
  whenTransactionEnds(req, renderer.kick)
}
