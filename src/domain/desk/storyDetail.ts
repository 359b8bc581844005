import { readerDate } from '../site/readerDate'
import { whenPhrase } from './deskQueues'
import type { StoryQueueKey } from './deskQueues'

/** What a panel knows of a story besides its headline. */
export interface QueuedStory {
  updatedAt: string
  publishAt?: string
  publishedAt?: string
  /** The last move into the stage the panel lists: who made it, when, and their note. */
  lastMove?: { actorName?: string; at: string; note?: string }
}

/** The line under a story's headline in a panel: who put it there and when, or when it goes out. */
export const storyDetail = (key: StoryQueueKey, story: QueuedStory, now: number): string => {
  const { lastMove } = story
  const by = (verb: string) =>
    lastMove
      ? `${verb} by ${lastMove.actorName?.trim() || 'someone'} ${whenPhrase(lastMove.at, now)}`
      : `edited ${whenPhrase(story.updatedAt, now)}`
  switch (key) {
    case 'inReview':
      return by('sent for review')
    case 'changesRequested':
      return lastMove?.note ? `${by('sent back')}: “${lastMove.note}”` : by('sent back')
    case 'scheduled':
      return story.publishAt
        ? `publishes ${readerDate(story.publishAt)} (${whenPhrase(story.publishAt, now)})`
        : 'no time to publish set'
    case 'myDrafts':
      return `edited ${whenPhrase(story.updatedAt, now)}`
    case 'recentlyPublished':
      return `published ${readerDate(story.publishedAt) ?? whenPhrase(story.updatedAt, now)}`
  }
}
