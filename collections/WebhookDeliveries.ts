import type { CollectionConfig } from 'payload'

import { isEditor } from '../src/access/isEditor'
import { nobody } from '../src/access/nobody'
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from '../src/domain/webhooks/events'
import { WEBHOOK_DELIVERIES_SLUG, WEBHOOK_ENDPOINTS_SLUG } from '../src/webhooks/slugs'

/**
 * The delivery log: one entry per attempt to deliver an event to an endpoint, with what the
 * receiver answered and how long it took. Editors read it to see whether the rest of the stack
 * heard of a story; only the delivery job writes it.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: WEBHOOK_DELIVERIES_SLUG,
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    group: 'Admin',
    useAsTitle: 'event',
    defaultColumns: ['createdAt', 'endpoint', 'event', 'storySlug', 'outcome', 'httpStatus'],
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'endpoint', type: 'relationship', relationTo: WEBHOOK_ENDPOINTS_SLUG, index: true },
    {
      name: 'event',
      type: 'select',
      required: true,
      options: WEBHOOK_EVENTS.map((event) => ({
        label: WEBHOOK_EVENT_LABELS[event],
        value: event,
      })),
    },
    /** The story's id as text: the log outlives a deleted story. */
    { name: 'story', type: 'text', index: true },
    { name: 'storySlug', type: 'text' },
    /** The delivery's id, the same on every attempt (the body's `id`). */
    { name: 'delivery', type: 'text', index: true },
    { name: 'attempt', type: 'number' },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: [
        { label: 'Delivered', value: 'delivered' },
        { label: 'Failed (retried)', value: 'failed' },
        { label: 'Not sent', value: 'skipped' },
      ],
    },
    { name: 'httpStatus', label: 'HTTP status', type: 'number' },
    { name: 'responseTimeMs', label: 'Response time (ms)', type: 'number' },
    { name: 'message', type: 'textarea' },
  ],
}
