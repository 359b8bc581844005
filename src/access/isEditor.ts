import type { Access } from 'payload'

import { hasRole } from './roles.js'

/** Editors and admins: the people who decide what the newsroom keeps. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
