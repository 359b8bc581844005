import type { Access, FieldAccess } from 'payload'

import { isEditorUser } from './roles'

/** Editors and admins: the people who decide what the newsroom keeps. */
export const isEditor: Access = ({ req }) => isEditorUser(req.user)

export const isEditorField: FieldAccess = ({ req }) => isEditorUser(req.user)
