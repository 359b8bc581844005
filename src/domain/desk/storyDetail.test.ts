import { describe, expect, test } from 'vitest'

import type { StoryQueueKey } from './deskQueues'
import { storyDetail } from './storyDetail'
import type { QueuedStory } from './storyDetail'

const NOW = Date.parse('2026-12-07T10:00:00Z')
const EDITED = { updatedAt: '2026-12-07T09:30:00Z' }

describe('storyDetail', () => {
  test.each<[StoryQueueKey, QueuedStory, string]>([
    [
      'inReview',
      { ...EDITED, lastMove: { actorName: 'Wendy Writer', at: '2026-12-07T07:00:00Z' } },
      'sent for review by Wendy Writer 3 h ago',
    ],
    ['inReview', EDITED, 'edited 30 min ago'],
    [
      'changesRequested',
      {
        ...EDITED,
        lastMove: { actorName: 'Ed Editor', at: '2026-12-07T09:00:00Z', note: 'Name the source' },
      },
      'sent back by Ed Editor 1 h ago: “Name the source”',
    ],
    [
      'changesRequested',
      { ...EDITED, lastMove: { at: '2026-12-07T09:00:00Z' } },
      'sent back by someone 1 h ago',
    ],
    [
      'scheduled',
      { ...EDITED, publishAt: '2026-12-07T10:55:00Z' },
      'publishes 7 December 2026, 10:55 UTC (in 55 min)',
    ],
    ['scheduled', EDITED, 'no time to publish set'],
    ['myDrafts', EDITED, 'edited 30 min ago'],
    [
      'recentlyPublished',
      { ...EDITED, publishedAt: '2011-12-08T14:58:00Z' },
      'published 8 December 2011, 14:58 UTC',
    ],
  ])('%s: %j reads %j', (key, story, expected) => {
    expect(storyDetail(key, story, NOW)).toBe(expected)
  })
})
