import { STAGE_LABELS, isWorkflowStage } from '../domain/workflow/stages'
import type { WorkflowStage } from '../domain/workflow/stages'

/** One colour per stage, so a desk scanning the list sees where each story is. */
const COLOURS: Record<WorkflowStage, { background: string; color: string }> = {
  draft: { background: '#e5e7eb', color: '#1f2937' },
  in_review: { background: '#fef3c7', color: '#78350f' },
  changes_requested: { background: '#fee2e2', color: '#7f1d1d' },
  approved: { background: '#dbeafe', color: '#1e3a8a' },
  scheduled: { background: '#ede9fe', color: '#4c1d95' },
  published: { background: '#dcfce7', color: '#14532d' },
  unpublished: { background: '#f3f4f6', color: '#6b7280' },
}

export const stageLabel = (stage: unknown): string =>
  isWorkflowStage(stage) ? STAGE_LABELS[stage] : 'Draft'

export const stageStyle = (stage: unknown) => ({
  ...COLOURS[isWorkflowStage(stage) ? stage : 'draft'],
  borderRadius: '999px',
  display: 'inline-block',
  fontSize: '12px',
  fontWeight: 600,
  lineHeight: '20px',
  padding: '0 10px',
  whiteSpace: 'nowrap' as const,
})
