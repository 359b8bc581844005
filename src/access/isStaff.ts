import type { Access } from 'payload'

import { isStaffUser } from './roles.js'

export const isStaff: Access = ({ req }) => isStaffUser(req.user)
