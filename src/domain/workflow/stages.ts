/**
 * Where a story is on its way to readers. Only `published` is live; every other stage is a draft
 * to Payload, so the stage and `_status` can never disagree.
 */
export const WORKFLOW_STAGES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'unpublished',
] as const
export type WorkflowStage = (typeof WORKFLOW_STAGES)[number]

export type PublicationStatus = 'draft' | 'published'

export const STAGE_LABELS: Record<WorkflowStage, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
}

export const isWorkflowStage = (value: unknown): value is WorkflowStage =>
  typeof value === 'string' && (WORKFLOW_STAGES as readonly string[]).includes(value)

export const statusForStage = (stage: WorkflowStage): PublicationStatus =>
  stage === 'published' ? 'published' : 'draft'

/** Stages that put a story in front of readers, now or at its time: the content gates apply. */
export const isGoingLive = (stage: WorkflowStage): boolean =>
  stage === 'published' || stage === 'scheduled'

/** Stages in which a writer may still work on their own story. */
export const WRITER_EDITABLE_STAGES: readonly WorkflowStage[] = ['draft', 'changes_requested']
