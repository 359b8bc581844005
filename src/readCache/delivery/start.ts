import type { Payload } from 'payload'

import { deliveryRendererOf, fillDeliveryModel } from './renderer'
import { DELIVERY_STORIES_SLUG } from './slug'

/** How often a process that runs the jobs also looks for rows left stale (a process that died). */
const SWEEP_EVERY_MS = 30_000

export const hasDeliveryModel = (payload: Payload): boolean =>
  Boolean(payload.collections[DELIVERY_STORIES_SLUG as keyof typeof payload.collections])

/**
 * As a server starts: gives every published story a row (the first time; one cheap statement
 * after), checks every row's list entries, and renders whatever is stale, in the background. The
 * process that runs the jobs also sweeps now and then for rows whose writer died before rendering
 * them.
 */
export const startDeliveryModel = (payload: Payload, { isSwept }: { isSwept: boolean }): void => {
  const renderer = deliveryRendererOf(payload)
  void renderer
    .track(fillDeliveryModel(payload))
    .then(renderer.kick, (error: unknown) =>
      payload.logger.error({ err: error }, 'the delivery read model could not be filled'),
    )
  if (isSwept) setInterval(renderer.kick, SWEEP_EVERY_MS).unref()
}
