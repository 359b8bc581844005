import { STAGE_LABELS } from './stages'
import type { WorkflowStage } from './stages'

/** Who moves a story: a newsroom role, or the system (the seed, the scheduler, server code). */
export type Actor = { kind: 'system' } | { kind: 'editor' } | { kind: 'writer'; isOwner: boolean }

export interface Transition {
  from: WorkflowStage
  to: WorkflowStage
  /** What the newsroom calls the move, used in messages. */
  name: string
  /** Writers may make this move on their own stories; editors may make every move. */
  writerMayMove?: boolean
  /** Sending a story back must say why. */
  needsNote?: boolean
  /** Only for a revision of a story that is live now. */
  needsLiveStory?: boolean
}

export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'in_review', name: 'submit for review', writerMayMove: true },
  { from: 'changes_requested', to: 'in_review', name: 'resubmit for review', writerMayMove: true },
  { from: 'in_review', to: 'approved', name: 'approve' },
  { from: 'in_review', to: 'changes_requested', name: 'send back', needsNote: true },
  { from: 'approved', to: 'changes_requested', name: 'send back', needsNote: true },
  { from: 'approved', to: 'published', name: 'publish' },
  { from: 'approved', to: 'scheduled', name: 'schedule' },
  { from: 'scheduled', to: 'published', name: 'publish' },
  { from: 'scheduled', to: 'approved', name: 'cancel the schedule' },
  { from: 'published', to: 'unpublished', name: 'unpublish' },
  // Editing a live story starts a draft revision; the live text stays up until it is republished.
  { from: 'published', to: 'draft', name: 'start a revision' },
  { from: 'draft', to: 'published', name: 'publish a revision', needsLiveStory: true },
  { from: 'unpublished', to: 'draft', name: 'rework' },
  { from: 'unpublished', to: 'published', name: 'republish' },
]

export interface TransitionRefusal {
  /** 403: your role may not make this move; 400: nobody may make it from here. */
  status: 400 | 403
  rule: string
  message: string
}

const label = (stage: WorkflowStage | null): string => (stage ? STAGE_LABELS[stage] : 'new')

const nextStages = (from: WorkflowStage, isLive: boolean): string =>
  TRANSITIONS.filter(
    (transition) => transition.from === from && (isLive || !transition.needsLiveStory),
  )
    .map((transition) => `${STAGE_LABELS[transition.to]} (${transition.name})`)
    .join(', ') || 'nowhere'

/**
 * Whether `actor` may move a story from one stage to another; `null` means allowed. A new story
 * (`from` null) starts as a draft unless the system files it. Staying in a stage is no move.
 */
export const checkTransition = ({
  from,
  to,
  actor,
  isLive,
}: {
  from: WorkflowStage | null
  to: WorkflowStage
  actor: Actor
  isLive: boolean
}): TransitionRefusal | null => {
  if (actor.kind === 'system' || from === to) return null
  if (from === null) {
    return to === 'draft'
      ? null
      : {
          status: 400,
          rule: 'new-article-is-draft',
          message: `A new article starts as a Draft, not ${label(to)}`,
        }
  }
  const transition = TRANSITIONS.find((candidate) => candidate.from === from && candidate.to === to)
  // A writer hears about their role first: whether an editor could make the move is not their concern.
  if (actor.kind === 'writer' && !transition?.writerMayMove) {
    return {
      status: 403,
      rule: 'editors-only',
      message: `Only an editor can move an article from ${label(from)} to ${label(to)}; a writer can submit their own story for review`,
    }
  }
  if (!transition || (transition.needsLiveStory && !isLive)) {
    return {
      status: 400,
      rule: 'illegal-transition',
      message: `An article cannot go from ${label(from)} to ${label(to)}; from ${label(from)} it can go to: ${nextStages(from, isLive)}`,
    }
  }
  if (actor.kind === 'writer' && !actor.isOwner) {
    return {
      status: 403,
      rule: 'own-articles-only',
      message: `A writer can ${transition.name} only their own articles`,
    }
  }
  return null
}

export const transitionNeedsNote = (from: WorkflowStage | null, to: WorkflowStage): boolean =>
  TRANSITIONS.some((t) => t.from === from && t.to === to && t.needsNote)
