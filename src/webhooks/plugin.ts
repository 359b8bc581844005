import type { Plugin } from 'payload'

import { WebhookDeliveries } from '../../collections/WebhookDeliveries'
import { WebhookEndpoints } from '../../collections/WebhookEndpoints'
import { jobsMode } from '../settings'
import { deliverWebhook } from './deliverWebhook'
import { WEBHOOK_QUEUE } from './slugs'

/**
 * Webhooks (docs/webhooks.md): the endpoints admins register, the delivery log, and the delivery
 * task on a queue of its own, run every five seconds where jobs run (retries wait for their
 * backoff). Deliveries are queued through the publishing seam (queueWebhooks in payload.config.ts).
 */
export const webhooksPlugin: Plugin = (config) => ({
  ...config,
  collections: [...(config.collections ?? []), WebhookEndpoints, WebhookDeliveries],
  jobs: {
    ...config.jobs,
    tasks: [...(config.jobs?.tasks ?? []), deliverWebhook],
    autoRun: [
      ...(Array.isArray(config.jobs?.autoRun) ? config.jobs.autoRun : []),
      { cron: '*/5 * * * * *', queue: WEBHOOK_QUEUE, limit: 20 },
    ],
    shouldAutoRun: config.jobs?.shouldAutoRun ?? (() => jobsMode() === 'run'),
  },
})
