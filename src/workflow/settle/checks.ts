import type { PayloadRequest } from 'payload'

import { checkSchedule } from '../../domain/workflow/checkSchedule'
import { checkContentGates } from '../../domain/workflow/contentGates'
import type { GateFailure } from '../../domain/workflow/contentGates'
import { checkCorrections } from '../../domain/workflow/corrections'
import { isGoingLive } from '../../domain/workflow/stages'
import { transitionNeedsNote } from '../../domain/workflow/transitions'
import { relationId } from '../../fields/relationId'
import type { Article, Media } from '../../payload-types'
import type { StageMove } from './stageChange'

const isNewNote = (note: unknown, previous: unknown): note is string =>
  typeof note === 'string' && note.trim() !== '' && note !== previous

/**
 * The note belongs to the move it came with: a move keeps only a note sent with it (a later move
 * without a new note clears the old one), a save that does not move keeps the note as it was.
 * Returns the move's new note, if any.
 */
export const settleNote = (
  next: Partial<Article>,
  previous: Article | undefined,
  { from, to }: StageMove,
): null | string => {
  const note = isNewNote(next.workflowNote, previous?.workflowNote) ? next.workflowNote : null
  next.workflowNote = from !== to ? note : (previous?.workflowNote ?? next.workflowNote ?? null)
  return note
}

/** Sending a story back needs a note saying what to change. */
export const noteFailures = ({ from, to }: StageMove, note: null | string): GateFailure[] =>
  from !== to && transitionNeedsNote(from, to) && !note
    ? [{ path: 'workflowNote', message: 'Say what needs to change when sending a story back' }]
    : []

const leadImageDetails = async (req: PayloadRequest, leadImage: unknown) => {
  if (leadImage && typeof leadImage === 'object' && 'alt' in leadImage) return leadImage as Media
  const id = relationId(leadImage)
  if (id === null) return null
  const media = await req.payload.findByID({
    collection: 'media',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return media ?? { alt: null, creditLine: null }
}

/** A story going out, now or at its time, must pass the content gates. */
export const gateFailures = async (
  req: PayloadRequest,
  next: Partial<Article>,
  { to }: StageMove,
): Promise<GateFailure[]> => {
  if (!isGoingLive(to)) return []
  return checkContentGates({
    ...next,
    body: next.body as Parameters<typeof checkContentGates>[0]['body'],
    leadImage: await leadImageDetails(req, next.leadImage),
  })
}

export const scheduleFailures = (
  next: Partial<Article>,
  previous: Article | undefined,
  { from, to }: StageMove,
): GateFailure[] =>
  checkSchedule({
    from,
    to,
    publishAt: next.publishAt,
    unpublishAt: next.unpublishAt,
    previousUnpublishAt: previous?.unpublishAt,
    now: Date.now(),
  })

/** Corrections are permanent once a story has been out. */
export const correctionFailures = (
  next: Partial<Article>,
  previous: Article | undefined,
  isLive: boolean,
  { to }: StageMove,
): GateFailure[] => {
  const { problem } = checkCorrections({
    before: previous?.corrections ?? [],
    after: next.corrections ?? [],
    hasBeenPublished: Boolean(previous?.publishedAt) || isLive || to === 'published',
  })
  return problem ? [{ path: 'corrections', message: problem }] : []
}
