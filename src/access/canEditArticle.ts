import type { Access, Where } from 'payload'

import { WRITER_EDITABLE_STAGES } from '../domain/workflow/stages'
import { hasRole, isEditorUser } from './roles'

/**
 * Editors edit any article. Writers edit their own while it is a draft or sent back to them; the
 * `Where` is checked against the latest version, so the admin shows the rest read-only.
 */
export const canEditArticle: Access = ({ req }) => {
  if (isEditorUser(req.user)) return true
  if (!req.user || !hasRole(req.user, 'writer')) return false
  const ownDraft: Where = {
    and: [
      { createdBy: { equals: req.user.id } },
      { workflowStage: { in: [...WRITER_EDITABLE_STAGES] } },
    ],
  }
  return ownDraft
}
