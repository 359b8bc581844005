import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { PREVIEW_KEYS_SLUG } from '../src/access/roles'

/**
 * Keys for front ends that preview unpublished stories: `Authorization: preview-keys API-Key <key>`
 * reads drafts and changes nothing. They have no password and no role, so no write rule passes
 * them and they cannot sign in to the admin. Admins issue and revoke them.
 */
export const PreviewKeys: CollectionConfig<'preview-keys'> = {
  slug: PREVIEW_KEYS_SLUG,
  labels: { singular: 'Preview key', plural: 'Preview keys' },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  admin: {
    group: 'Admin',
    useAsTitle: 'name',
    description: 'Read-only API keys for previewing drafts on a front end.',
  },
  access: {
    read: isAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: 'Which front end uses it, e.g. "Website preview".' },
    },
  ],
}
