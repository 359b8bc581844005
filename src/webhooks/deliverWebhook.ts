import { randomUUID } from 'node:crypto'

import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { deliveryBody } from '../domain/webhooks/deliveryBody'
import { carriesStory, isWebhookEvent } from '../domain/webhooks/events'
import type { WebhookEvent } from '../domain/webhooks/events'
import { SIGNATURE_HEADER, signatureHeader } from '../domain/webhooks/signature'
import { REVEAL_SECRET } from './secretField'
import { DELIVER_WEBHOOK, WEBHOOK_DELIVERIES_SLUG, WEBHOOK_ENDPOINTS_SLUG } from './slugs'

/** How long a receiver has to answer before the attempt counts as failed. */
const TIMEOUT_MS = 10_000
/** Attempts after the first, each after twice the wait of the last: 2, 4, 8, 16, 32 s. */
export const WEBHOOK_RETRIES = {
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 2_000 },
}

type Id = number | string

export interface DeliveryInput {
  endpoint: string
  event: string
  story: string
  slug?: null | string
  occurredAt: string
  delivery: string
}

interface Endpoint {
  id: Id
  url: string
  secret: string
  events?: null | string[]
  isActive?: boolean | null
}

interface Attempt {
  outcome: 'delivered' | 'failed' | 'skipped'
  httpStatus?: number
  responseTimeMs?: number
  message?: string
}

/** Ids arrive as text (job input); SQL ids are whole numbers. */
const idOf = (text: string): Id => (/^\d+$/.test(text) ? Number(text) : text)

/** Outside the job's own request: a failed attempt's entry is kept though the task throws. */
const record = async (
  payload: Payload,
  input: DeliveryInput & { event: WebhookEvent },
  attempt: number,
  result: Attempt,
): Promise<void> => {
  await payload.create({
    collection: WEBHOOK_DELIVERIES_SLUG,
    data: {
      // A whole number on SQL databases, text on MongoDB.
      endpoint: idOf(input.endpoint) as number,
      event: input.event,
      story: input.story,
      storySlug: input.slug ?? null,
      delivery: input.delivery,
      attempt,
      ...result,
    },
    overrideAccess: true,
  })
}

/** The endpoint with its secret whole, or null when it is gone, paused or no longer subscribed. */
const readEndpoint = async (
  req: PayloadRequest,
  input: DeliveryInput,
): Promise<Endpoint | null> => {
  const endpoint = (await req.payload.findByID({
    collection: WEBHOOK_ENDPOINTS_SLUG,
    id: idOf(input.endpoint),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    context: { [REVEAL_SECRET]: true },
  })) as Endpoint | null
  if (!endpoint || endpoint.isActive === false) return null
  return endpoint.events?.includes(input.event) ? endpoint : null
}

/**
 * The story as an anonymous reader reads it through the REST API now (depth 0), or null when
 * readers no longer see it: a delivery never carries text readers are not shown, whatever
 * happened between the change and the delivery.
 */
const readShownStory = async (
  payload: Payload,
  story: Id,
): Promise<null | Record<string, unknown>> => {
  const reader = await createLocalReq({}, payload)
  const doc = await payload.findByID({
    collection: 'articles',
    id: story,
    depth: 0,
    draft: false,
    overrideAccess: false,
    disableErrors: true,
    req: reader,
  })
  return doc && doc._status === 'published' ? (doc as unknown as Record<string, unknown>) : null
}

/** POSTs the signed body; the receiver's answer and how long it took. */
const send = async (endpoint: Endpoint, input: DeliveryInput, body: string): Promise<Attempt> => {
  const timestamp = Math.floor(Date.now() / 1000)
  const started = performance.now()
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Newsroom-CMS-Webhooks/1',
        'Newsroom-Event': input.event,
        'Newsroom-Delivery': input.delivery,
        [SIGNATURE_HEADER]: signatureHeader(endpoint.secret, timestamp, body),
      },
      body,
      // A redirect could point anywhere: it counts as an answer, not followed.
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    await response.body?.cancel()
    const responseTimeMs = Math.round(performance.now() - started)
    const isDelivered = response.status >= 200 && response.status < 300
    return {
      outcome: isDelivered ? 'delivered' : 'failed',
      httpStatus: response.status,
      responseTimeMs,
      ...(isDelivered ? {} : { message: `The receiver answered ${response.status}` }),
    }
  } catch (error) {
    return {
      outcome: 'failed',
      responseTimeMs: Math.round(performance.now() - started),
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    }
  }
}

/** Which attempt this is: the entries already logged for the delivery, plus one. */
const attemptNumber = async (payload: Payload, delivery: string): Promise<number> =>
  (
    await payload.count({
      collection: WEBHOOK_DELIVERIES_SLUG,
      where: { delivery: { equals: delivery } },
      overrideAccess: true,
    })
  ).totalDocs + 1

/**
 * Delivers one event to one endpoint, from the job runner after the write that queued it
 * committed; signed, logged, and retried with backoff while the receiver fails.
 */
export const deliverWebhook: TaskConfig<typeof DELIVER_WEBHOOK> = {
  slug: DELIVER_WEBHOOK,
  retries: WEBHOOK_RETRIES,
  inputSchema: [
    { name: 'endpoint', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'story', type: 'text', required: true },
    { name: 'slug', type: 'text' },
    { name: 'occurredAt', type: 'text', required: true },
    { name: 'delivery', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    const { payload } = req
    // Queued by queueWebhooks, which sends events only; anything else was queued by hand.
    if (!isWebhookEvent(input.event)) throw new Error(`"${input.event}" is no webhook event`)
    const event: WebhookEvent = input.event
    const delivery = { ...input, event }
    const attempt = await attemptNumber(payload, input.delivery)
    const endpoint = await readEndpoint(req, input)
    if (!endpoint) {
      await record(payload, delivery, attempt, {
        outcome: 'skipped',
        message: 'The endpoint was deleted, paused or unsubscribed from this event',
      })
      return { output: {} }
    }
    const shown = carriesStory(event) ? await readShownStory(payload, idOf(input.story)) : null
    if (carriesStory(event) && !shown) {
      await record(payload, delivery, attempt, {
        outcome: 'skipped',
        message: 'Readers no longer see the story: its text is not sent',
      })
      return { output: {} }
    }
    const body = deliveryBody({
      id: input.delivery,
      event,
      occurredAt: input.occurredAt,
      story: idOf(input.story),
      slug: input.slug ?? null,
      shown,
    })
    const result = await send(endpoint, input, body)
    await record(payload, delivery, attempt, result)
    // The job runner tries again after the backoff.
    if (result.outcome === 'failed') throw new Error(result.message ?? 'The delivery failed')
    return { output: {} }
  },
}

/** A new delivery's id. */
export const newDeliveryId = (): string => randomUUID()
