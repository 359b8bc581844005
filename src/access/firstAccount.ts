import { APIError } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

import { isDeployment } from '../settings'

export const CLOSED_FIRST_ACCOUNT_MESSAGE =
  'This CMS is a deployment: its first account is not open to whoever registers first. ' +
  'Set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD and restart, or run `npm run create-admin` ' +
  '(see docs/deploy.md).'

/**
 * Outside a deployment the first account may be registered in the admin (it becomes the admin).
 * In a deployment that would let whoever finds a fresh install first own it, so while there is
 * no account, none is created through the API: the first admin comes from the settings or the
 * command (seed/createAdmin.ts). Server code (the Local API) is not affected.
 */
export const keepFirstAccountClosed: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' || req.payloadAPI === 'local' || !isDeployment()) return args
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs > 0) return args
  throw new APIError(CLOSED_FIRST_ACCOUNT_MESSAGE, 403, undefined, true)
}
