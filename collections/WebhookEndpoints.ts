import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { endpointUrlProblem } from '../src/domain/webhooks/endpointUrl'
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from '../src/domain/webhooks/events'
import { secretField } from '../src/webhooks/secretField'
import { WEBHOOK_ENDPOINTS_SLUG } from '../src/webhooks/slugs'

/**
 * Where the rest of the newsroom's stack hears that a story was published, updated, corrected,
 * unpublished, published by the scheduler or deleted: an admin registers a URL and a secret and
 * picks the events (docs/webhooks.md). Admins only: a URL and its secret are the keys to it.
 */
export const WebhookEndpoints: CollectionConfig = {
  slug: WEBHOOK_ENDPOINTS_SLUG,
  labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
  admin: {
    group: 'Admin',
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'isActive'],
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'url',
      label: 'URL',
      type: 'text',
      required: true,
      validate: (value: null | string | undefined) => endpointUrlProblem(value) ?? true,
      admin: {
        description:
          'https://… (http for a receiver inside your own network). Deliveries are POSTed here.',
      },
    },
    secretField,
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_EVENTS.map((event) => ({
        label: WEBHOOK_EVENT_LABELS[event],
        value: event,
      })),
    },
    {
      name: 'isActive',
      label: 'Active',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Untick to stop deliveries without losing the endpoint.' },
    },
  ],
}
