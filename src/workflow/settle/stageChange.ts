import type { PayloadRequest } from 'payload'

import { isEditorUser } from '../../access/roles'
import { resolveStageChange } from '../../domain/workflow/resolveStageChange'
import { isWorkflowStage } from '../../domain/workflow/stages'
import type { WorkflowStage } from '../../domain/workflow/stages'
import { checkTransition } from '../../domain/workflow/transitions'
import type { Actor } from '../../domain/workflow/transitions'
import { relationId } from '../../fields/relationId'
import type { Article } from '../../payload-types'
import type { WriteIntent } from '../writeIntent'
import { refuse } from './refusals'

/** Stories saved before the workflow existed take the stage their status implies. */
const stageOf = (story: Article): WorkflowStage => {
  if (isWorkflowStage(story.workflowStage)) return story.workflowStage
  return story._status === 'published' ? 'published' : 'draft'
}

/** A writer moves only their own story; editors and admins move any; the system moves anything. */
const actorFor = (req: PayloadRequest, isSystem: boolean, createdBy: unknown): Actor => {
  if (isSystem) return { kind: 'system' }
  if (isEditorUser(req.user)) return { kind: 'editor' }
  const owner = relationId(createdBy)
  return { kind: 'writer', isOwner: owner !== null && String(owner) === String(req.user?.id) }
}

export interface StageMove {
  from: null | WorkflowStage
  to: WorkflowStage
}

/**
 * Works out the stage this save moves the story to, and refuses a move nobody may make (400) or
 * this user's role may not (403), naming the rule.
 */
export const decideStageChange = (
  req: PayloadRequest,
  intent: WriteIntent,
  previous: Article | undefined,
  next: Partial<Article>,
  isLive: boolean,
): StageMove => {
  const change = resolveStageChange({
    currentStage: previous ? stageOf(previous) : null,
    isLive,
    isDraftSave: intent.draft && intent.requestedStatus !== 'published',
    requestedStage: intent.isRestore ? undefined : intent.requestedStage,
    requestedStatus: intent.isRestore ? undefined : intent.requestedStatus,
  })
  if ('refusal' in change) {
    throw refuse(change.refusal.message, change.refusal.rule, change.refusal.status)
  }
  const { from, to } = change
  const actor = actorFor(req, intent.isSystem, previous ? previous.createdBy : next.createdBy)
  const refusal = checkTransition({ from, to, actor, isLive })
  if (refusal) throw refuse(refusal.message, refusal.rule, refusal.status)
  return { from, to }
}
