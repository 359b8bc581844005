import type { StoryChangeKind } from '../publishing/representationChange'

/** What an endpoint can subscribe to: the changes to what readers are shown of a story. */
export const WEBHOOK_EVENTS = [
  'published',
  'updated',
  'corrected',
  'unpublished',
  'scheduled',
  'deleted',
] as const satisfies readonly StoryChangeKind[]
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const WEBHOOK_EVENT_LABELS: Readonly<Record<WebhookEvent, string>> = {
  published: 'Published',
  updated: 'Updated while published',
  corrected: 'Corrected',
  unpublished: 'Unpublished',
  scheduled: 'Published by the scheduler',
  deleted: 'Deleted while published',
}

export const isWebhookEvent = (kind: string): kind is WebhookEvent =>
  (WEBHOOK_EVENTS as readonly string[]).includes(kind)

/**
 * Whether the event's delivery carries the story as readers see it. A story no longer shown
 * (unpublished, deleted) is named by id and slug only: its text is not sent anywhere.
 */
export const carriesStory = (event: WebhookEvent): boolean =>
  event !== 'unpublished' && event !== 'deleted'
