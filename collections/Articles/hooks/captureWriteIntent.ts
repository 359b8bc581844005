import { APIError } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

import { isEditorUser } from '../../../src/access/roles'
import { setWriteIntent } from '../../../src/workflow/writeIntent'

type WriteArgs = { data?: Record<string, unknown>; draft?: boolean }

/**
 * Notes what a write asked for while Payload still knows it (see src/workflow/writeIntent.ts),
 * and refuses version restores to anyone but editors.
 */
export const captureWriteIntent: CollectionBeforeOperationHook<'articles'> = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') {
    return args
  }
  const isSystem = overrideAccess === true
  if (operation === 'restoreVersion' && !isSystem && !isEditorUser(req.user)) {
    throw new APIError('Only an editor can restore a version [editors-only]', 403, {}, true)
  }
  const { data, draft } = args as WriteArgs
  setWriteIntent(req, {
    draft: Boolean(draft),
    isSystem,
    isRestore: operation === 'restoreVersion',
    requestedStage: data?.workflowStage,
    requestedStatus: data?._status,
  })
  return args
}
