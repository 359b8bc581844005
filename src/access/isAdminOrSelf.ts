import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/**
 * Admins see every account; staff only their own. A preview key is no account here: its id
 * could equal a user's, so "self" is checked for staff only.
 */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user || !isStaffUser(req.user)) return false
  return { id: { equals: req.user.id } }
}
