import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { isStaffUser } from '../access/roles'
import { checkPreviewToken } from '../domain/site/previewToken'

export type PreviewOpening =
  | { isGranted: true; articleId: number | string; req: PayloadRequest }
  | { isGranted: false; reason: string }

const REASONS = {
  malformed: 'This preview link is incomplete.',
  forged: 'This preview link was not issued by this newsroom, or has been altered.',
  expired: 'This preview link has expired.',
  account: 'The account that opened this preview may no longer read drafts.',
} as const

/**
 * What a preview link opens: the story it names, read as the staff account that asked for it
 * (so never more than that account may read), or why not. Only the account is looked up past
 * access control; the story itself is read with the account's access.
 */
export const openPreview = async (
  payload: Payload,
  token: string,
  now = Date.now(),
): Promise<PreviewOpening> => {
  const check = checkPreviewToken(payload.secret, token, now)
  if (!check.isValid) return { isGranted: false, reason: REASONS[check.reason] }
  const asId = (id: string) => (payload.db.defaultIDType === 'number' ? Number(id) : id)
  const user = await payload.findByID({
    collection: 'users',
    id: asId(check.grant.userId),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!user || !isStaffUser(user)) return { isGranted: false, reason: REASONS.account }
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  return { isGranted: true, articleId: asId(check.grant.articleId), req }
}
