import { isWorkflowStage } from './stages'
import type { WorkflowStage } from './stages'
import type { TransitionRefusal } from './transitions'

export interface WriteRequest {
  /** The stage of the latest version, `null` for a new article. */
  currentStage: WorkflowStage | null
  /** Whether readers can see the story right now (its published version exists). */
  isLive: boolean
  /** `workflowStage` and `_status` as the client sent them, before Payload filled in the rest. */
  requestedStage?: unknown
  requestedStatus?: unknown
  /** Payload saves a draft version only, leaving any live version as it is. */
  isDraftSave: boolean
}

export type StageChange =
  { from: WorkflowStage | null; to: WorkflowStage } | { refusal: TransitionRefusal }

const refuse = (rule: string, message: string): StageChange => ({
  refusal: { status: 400, rule, message },
})

/**
 * Which stage a write moves a story to. Clients ask with `workflowStage`, or with `_status` as the
 * admin's Publish and Unpublish buttons do; a write to a live story keeps it live, saves a draft
 * revision beside it, or takes it down on purpose, and never drops it by accident (Payload #13267).
 */
export const resolveStageChange = (request: WriteRequest): StageChange => {
  const { currentStage, isLive, isDraftSave, requestedStatus } = request
  if (request.requestedStage != null && !isWorkflowStage(request.requestedStage)) {
    return refuse('unknown-stage', `"${String(request.requestedStage)}" is not a workflow stage`)
  }
  // A draft save never publishes, so `published` in one is the form's stale value, not a request.
  const requested =
    isDraftSave && request.requestedStage === 'published'
      ? undefined
      : (request.requestedStage ?? undefined)
  const isChange = requested !== undefined && requested !== currentStage

  let to: WorkflowStage
  if (requestedStatus === 'published') {
    if (isChange && requested !== 'published') {
      return refuse(
        'stage-status-conflict',
        `Publishing (_status "published") moves the article to Published, not ${requested}`,
      )
    }
    to = 'published'
  } else if (isChange) {
    if (requested === 'published' && requestedStatus === 'draft') {
      return refuse('stage-status-conflict', 'Stage Published needs _status "published"')
    }
    to = requested
  } else if (currentStage === null) {
    to = 'draft'
  } else if (isLive && !isDraftSave) {
    to = requestedStatus === 'draft' ? 'unpublished' : 'published'
  } else if (isLive && currentStage === 'published') {
    to = 'draft'
  } else {
    to = currentStage
  }

  if (isLive && !isDraftSave && to !== 'published' && to !== 'unpublished') {
    return refuse(
      'live-story-stays-up',
      'This write would take the live story down: save the change as a draft (draft=true), or unpublish the story on purpose',
    )
  }
  if (isDraftSave && to === 'unpublished' && isLive) {
    return refuse(
      'unpublish-is-not-a-draft',
      'Unpublishing takes the live story down, so it is not a draft save: send it without draft=true',
    )
  }
  // Unpublishing is about the live story, whatever stage a pending revision of it is in.
  const from = to === 'unpublished' && isLive ? 'published' : currentStage
  return { from, to }
}
