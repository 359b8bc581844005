import type { WebhookEvent } from './events'

type Id = number | string

/** What one delivery says, as JSON: which event, when, and the story. */
export interface DeliveryBody {
  /** This delivery's id: the same on every retry, so a receiver can ignore a repeat. */
  id: string
  event: WebhookEvent
  /** When the change was committed to be sent (ISO). */
  occurredAt: string
  story: { id: Id; slug: null | string } & Record<string, unknown>
}

/**
 * The body of a delivery. `story` is the story as an anonymous reader reads it through the REST
 * API now (depth 0), for events that carry it; for the rest, and for a story no longer shown to
 * readers, its id and slug only.
 */
export const deliveryBody = (delivery: {
  id: string
  event: WebhookEvent
  occurredAt: string
  story: Id
  slug: null | string
  shown?: null | Record<string, unknown>
}): string =>
  JSON.stringify({
    id: delivery.id,
    event: delivery.event,
    occurredAt: delivery.occurredAt,
    story: { id: delivery.story, slug: delivery.slug, ...delivery.shown },
  } satisfies DeliveryBody)
