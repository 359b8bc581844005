import type { PayloadRequest } from 'payload'

import type { Article } from '../../payload-types'
import type { WriteIntent } from '../writeIntent'

const KEPT_ON_RESTORE = [
  'createdBy',
  'corrections',
  'workflowNote',
  'publishAt',
  'unpublishAt',
  'publishedAt',
] as const

/**
 * The story the rest of the workflow judges: what was sent, except that a restore brings back the
 * words of an old version, not its stage, schedule or corrections, and a new story (or a copy of
 * one) starts clean and belongs to whoever filed it.
 */
export const startingPoint = (
  req: PayloadRequest,
  intent: WriteIntent,
  data: Partial<Article>,
  previous: Article | undefined,
): Partial<Article> => {
  const next: Partial<Article> = { ...data }
  if (previous && intent.isRestore) {
    for (const field of KEPT_ON_RESTORE) Object.assign(next, { [field]: previous[field] ?? null })
  }
  if (!previous && !intent.isSystem) {
    Object.assign(next, {
      createdBy: req.user?.id ?? null,
      workflowNote: null,
      corrections: [],
      publishedAt: null,
      publishAt: null,
      unpublishAt: null,
    })
  }
  return next
}
