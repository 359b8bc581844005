import type { Access } from 'payload'

import { hasRole } from './roles.js'

/** Admins see every account; anyone else only their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
