import type { Access } from 'payload'

import { canReadDrafts } from './roles'

/**
 * Readers get published documents only; staff and preview keys see drafts too. This is a `Where`
 * on `_status`, never a trust in the `draft` flag: upstream Payload has shown drafts through
 * `draft: false` (issues #5142, #14750).
 */
export const publishedOrDraftReader: Access = ({ req }) => {
  if (canReadDrafts(req.user)) return true
  return { _status: { equals: 'published' } }
}
