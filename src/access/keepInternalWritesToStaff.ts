import type { Access, SanitizedConfig } from 'payload'

import { isStaffUser } from './roles'

/**
 * Payload's own lock and preference collections let any signed-in identity write, and a preview
 * key is one: it could lock an article against its editor. Their writes are narrowed to staff, so
 * a preview key can read and change nothing. Payload adds these collections while it sanitizes the
 * config, so this runs on the sanitized config.
 */
export const keepInternalWritesToStaff = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    if (collection.slug !== 'payload-locked-documents' && collection.slug !== 'payload-preferences')
      continue
    for (const operation of ['create', 'update', 'delete'] as const) {
      const payloadRule: Access | undefined = collection.access[operation]
      collection.access[operation] = (args) =>
        isStaffUser(args.req.user) && (payloadRule ? payloadRule(args) : true)
    }
  }
  return config
}
