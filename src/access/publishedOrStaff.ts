import type { Access } from 'payload'

import { isStaffUser } from './roles.js'

/**
 * Readers get published documents only. This is a `Where` on `_status`, never a trust in the
 * `draft` flag: upstream Payload has shown drafts through `draft: false` (issues #5142, #14750).
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { _status: { equals: 'published' } }
}
