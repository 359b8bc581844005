import type { CollectionBeforeOperationHook } from 'payload'

import { canReadDrafts } from '../../../src/access/roles'

/**
 * A reader who may not see drafts reads published versions, whatever `draft` flag they send.
 * The read rule's `Where` already hides every draft; this keeps Payload's draft query (latest
 * versions only) from also hiding a live story whose newest version is an unpublished revision.
 */
export const readersReadPublished: CollectionBeforeOperationHook<'articles'> = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'read' && operation !== 'count') return args
  // Server code with access overridden reads what it asks for.
  if (overrideAccess || canReadDrafts(req.user) || !(args as { draft?: boolean }).draft) return args
  return { ...args, draft: false }
}
