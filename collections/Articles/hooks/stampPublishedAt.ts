import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../src/payload-types'

/** The first publication fixes `publishedAt`; later edits and republishing keep it. */
export const stampPublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  if (data.publishedAt || originalDoc?.publishedAt) return data
  return { ...data, publishedAt: new Date().toISOString() }
}
