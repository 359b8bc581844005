import type { CollectionAfterReadHook } from 'payload'

import { canReadDrafts } from '../../../src/access/roles'
import type { Article } from '../../../src/payload-types'

type RelatedLink = NonNullable<Article['relatedLinks']>[number]

const unpopulatedId = (link: RelatedLink): null | number | string =>
  typeof link.article === 'number' || typeof link.article === 'string' ? link.article : null

/**
 * A reader never learns that an unpublished story exists, not even its id: Payload leaves the bare
 * id where it may not populate a related article, so links to unpublished ones are dropped.
 */
export const hideUnpublishedRelatedLinks: CollectionAfterReadHook<Article> = async ({
  doc,
  req,
}) => {
  if (canReadDrafts(req.user) || !doc.relatedLinks?.length) return doc
  const ids = doc.relatedLinks.map(unpopulatedId).filter((id) => id !== null)
  if (ids.length === 0) return doc
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    // Only the ids: reading their related links here would recurse through the whole graph.
    select: { _status: true },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  const published = new Set(docs.map((article) => String(article.id)))
  const isVisible = (link: RelatedLink): boolean => {
    const id = unpopulatedId(link)
    return id === null || published.has(String(id))
  }
  return { ...doc, relatedLinks: doc.relatedLinks.filter(isVisible) }
}
