/** The admins' registered endpoints (collections/WebhookEndpoints.ts). */
export const WEBHOOK_ENDPOINTS_SLUG = 'webhook-endpoints'
/** The delivery log (collections/WebhookDeliveries.ts). */
export const WEBHOOK_DELIVERIES_SLUG = 'webhook-deliveries'
/** The job queue deliveries wait in, apart from the scheduler's. */
export const WEBHOOK_QUEUE = 'webhooks'
export const DELIVER_WEBHOOK = 'deliverWebhook'
