/**
 * What a write did to what readers are shown, as the things that keep a copy of it (the delivery
 * read model, the search index, webhooks) need to know it; and, for the search index's staff
 * side, what a write did to the newest draft only. Pure: the Payload side
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

/**
 * A story write that readers are shown nothing of, but staff are: the search index keeps staff's
 * newest text too (drafts included), so it must hear of these; readers' copies ignore them.
 */
export type DraftChangeKind =
  /** A draft created or saved (over a live story or not), or a story saved that readers never see. */
  | 'drafted'
  /** A story deleted that readers did not see. */
  | 'draftDeleted'

export type RepresentationChange =
  /** `slug` as the write left it (a deleted story's last): where readers found the story. */
  | { kind: StoryChangeKind; story: StoryId; slug?: null | string }
  | { kind: DraftChangeKind; story: StoryId; slug?: null | string }
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

/** What a story write did to staff's newest text when readers are shown no change, else null. */
export const classifyDraftWrite = (write: StoryWrite): DraftChangeKind | null => {
  if (classifyStoryWrite(write) !== null) return null
  return write.operation === 'delete' ? 'draftDeleted' : 'drafted'
}

/** Whether readers are shown the change (a copy of what readers see must follow it). */
export const isShownToReaders = (
  change: RepresentationChange,
): change is Exclude<RepresentationChange, { kind: DraftChangeKind }> =>
  change.kind !== 'drafted' && change.kind !== 'draftDeleted'
