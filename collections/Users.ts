import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { keepFirstAccountClosed } from '../src/access/firstAccount'
import { isAdmin, isAdminField } from '../src/access/isAdmin'
import { isAdminOrSelf } from '../src/access/isAdminOrSelf'
import { ROLES, isStaffUser } from '../src/access/roles'
import { serverUrl } from '../src/settings'

// The very first account must be able to manage the rest, whatever the form asked for.
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Each login is a session kept on the account: logging out ends it, and a password change
    // ends every other one (an admin's change ends them all), so a stolen token dies with it.
    useSessions: true,
    // Cookies follow the public URL: Secure whenever the CMS is served over HTTPS.
    cookies: { secure: serverUrl().startsWith('https://'), sameSite: 'Lax' },
  },
  admin: {
    group: 'Admin',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
  },
  access: {
    admin: ({ req }) => isStaffUser(req.user),
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeOperation: [keepFirstAccountClosed], beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'writer',
      saveToJWT: true,
      options: ROLES.map((role) => ({
        label: role[0]!.toUpperCase() + role.slice(1),
        value: role,
      })),
      // Nobody raises their own role: only admins write this field.
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
  ],
}
