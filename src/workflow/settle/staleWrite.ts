import type { PayloadRequest } from 'payload'

import { isStaleWrite, parseIfMatch } from '../../domain/workflow/staleWrite'
import { holdArticleForWrite } from '../writeHold'
import type { Hold } from '../writeHold'
import { refuse } from './refusals'

/** The version the client based its write on: `If-Match` over HTTP, `context.ifMatch` locally. */
const basedOnVersion = (req: PayloadRequest): null | string =>
  parseIfMatch(
    req.headers?.get?.('if-match') ??
      (typeof req.context.ifMatch === 'string' ? req.context.ifMatch : null),
  )

/**
 * Refuses a save based on a version that is no longer the latest (409). Compared with the version
 * as it stands once no other save of this article is in progress, which the hold guarantees; the
 * hold is returned so the save can use what it already read. No If-Match: no check, no hold.
 */
export const refuseStaleWrite = async (
  req: PayloadRequest,
  id: number | string,
): Promise<Hold | undefined> => {
  const basedOn = basedOnVersion(req)
  if (basedOn === null || basedOn === '*') return undefined
  const hold = await holdArticleForWrite(req, id)
  if (isStaleWrite(basedOn, hold.updatedAt)) {
    throw refuse(
      `This article has changed since you read it (it is now at version "${hold.updatedAt}"): reload it and make your change again`,
      'stale-write',
      409,
    )
  }
  return hold
}
