import type { PayloadRequest } from 'payload'

import { isEditorUser } from '../../access/roles'
import { WRITER_EDITABLE_STAGES } from '../../domain/workflow/stages'
import { relationId } from '../../fields/relationId'
import { readLatestDraft } from '../readLatestDraft'
import type { WriteIntent } from '../writeIntent'
import { refuse } from './refusals'

/**
 * Payload checks a `Where` update rule against the latest version, but falls back to the main
 * document when no version matches, so a writer could edit a story already in review. The rule
 * is checked here against the real latest version. Editors and the system edit anything.
 */
export const refuseWriterOutsideOwnDraft = async (
  req: PayloadRequest,
  intent: WriteIntent,
  id: number | string,
): Promise<void> => {
  if (intent.isSystem || isEditorUser(req.user)) return
  const current = await readLatestDraft(req, id, ['createdBy', 'workflowStage'])
  const isOwn = String(relationId(current.createdBy)) === String(req.user?.id)
  if (!isOwn || !WRITER_EDITABLE_STAGES.includes(current.workflowStage ?? 'draft')) {
    throw refuse(
      'A writer can edit only their own story, and only while it is a Draft or sent back to them',
      'writers-own-drafts',
      403,
    )
  }
}
