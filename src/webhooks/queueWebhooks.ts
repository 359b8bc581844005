import type { Where } from 'payload'

import { isWebhookEvent } from '../domain/webhooks/events'
import type { RepresentationListener } from '../publishing/representationChanged'
import { newDeliveryId } from './deliverWebhook'
import { DELIVER_WEBHOOK, WEBHOOK_ENDPOINTS_SLUG, WEBHOOK_QUEUE } from './slugs'

/**
 * The webhooks' side of the publishing seam: one job per active endpoint subscribed to the event,
 * queued in the write's own transaction (a rolled-back save queues nothing) and run by the job
 * runner after the commit. Nothing is sent here, so a slow or failing receiver never holds up or
 * fails a save.
 */
export const queueWebhooks: RepresentationListener = async (change, req) => {
  if (!isWebhookEvent(change.kind) || !('story' in change)) return
  const subscribed: Where = {
    and: [{ isActive: { equals: true } }, { events: { in: [change.kind] } }],
  }
  const { docs } = await req.payload.find({
    collection: WEBHOOK_ENDPOINTS_SLUG,
    where: subscribed,
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const occurredAt = new Date().toISOString()
  for (const endpoint of docs) {
    await req.payload.jobs.queue({
      task: DELIVER_WEBHOOK,
      queue: WEBHOOK_QUEUE,
      input: {
        endpoint: String(endpoint.id),
        event: change.kind,
        story: String(change.story),
        slug: change.slug ?? null,
        occurredAt,
        delivery: newDeliveryId(),
      },
      req,
    })
  }
}
