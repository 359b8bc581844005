import type { Access, Where } from 'payload'

import { hasRole, isEditorUser } from './roles'

/** Stages in which a writer may still work on their own story. */
export const WRITER_EDITABLE_STAGES = ['draft', 'changes_requested']

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
      { workflowStage: { in: WRITER_EDITABLE_STAGES } },
    ],
  }
  return ownDraft
}
