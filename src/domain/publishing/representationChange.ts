/**
 * What a write did to what readers are shown, as the things that keep a copy of it (the delivery
 * read model, and next search indexes and webhooks) need to know it. Pure: the Payload side
 * (src/publishing/representationChanged.ts) gathers the facts and calls these.
 */

export type StoryId = number | string

/** A story's own public representation changed. */
export type StoryChangeKind =
  /** Readers see it now and did not before (first publication or republication). */
  | 'published'
  /** Live before and after: its text, links or anything else of its own changed. */
  | 'updated'
  /** Live before and after, and a correction was appended. */
  | 'corrected'
  /** Live before, not now. */
  | 'unpublished'
  /** Made live by the scheduler at its scheduled time. */
  | 'scheduled'
  /** Deleted while live. */
  | 'deleted'

/** Collections whose documents stories show (populated at the read depths). */
export type ShownCollection =
  'articles' | 'media' | 'organizations' | 'people' | 'sections' | 'tags'

export type RepresentationChange =
  | { kind: StoryChangeKind; story: StoryId }
  /**
   * A document that stories show changed (a person renamed, an image recaptioned, a related story
   * published): every story that shows it has a new representation too.
   */
  | { kind: 'entityChanged'; collection: ShownCollection; entity: StoryId }

export interface StoryWrite {
  operation: 'create' | 'delete' | 'update'
  /** A save that wrote a draft version only: the published document readers get is untouched. */
  isDraftOnly: boolean
  /** Whether readers saw the story before the write, and see it after. */
  wasLive: boolean
  isLive: boolean
  /** How many corrections the story carried before the write, and after. */
  correctionsBefore: number
  correctionsAfter: number
  /** The write is the scheduler carrying out a scheduled publication. */
  isScheduledRun: boolean
}

/** What a write to a story did to its public representation, or null when readers see no change. */
export const classifyStoryWrite = (write: StoryWrite): null | StoryChangeKind => {
  if (write.operation === 'delete') return write.wasLive ? 'deleted' : null
  if (write.isDraftOnly) return null
  if (write.isLive && !write.wasLive) return write.isScheduledRun ? 'scheduled' : 'published'
  if (!write.isLive) return write.wasLive ? 'unpublished' : null
  return write.correctionsAfter > write.correctionsBefore ? 'corrected' : 'updated'
}
