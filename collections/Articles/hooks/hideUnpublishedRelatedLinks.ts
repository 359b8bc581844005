import type { CollectionAfterReadHook } from 'payload'

import { canReadDrafts } from '../../../src/access/roles'
import type { Article } from '../../../src/payload-types'
import { batchPerRequest } from '../../../src/publishing/requestBatch'

type RelatedLink = NonNullable<Article['relatedLinks']>[number]

const unpopulatedId = (link: RelatedLink): null | number | string =>
  typeof link.article === 'number' || typeof link.article === 'string' ? link.article : null

type ArticleId = number | string

/**
 * Which of the related stories asked for are published. One query for all the links of all the
 * stories a request reads: a list of twenty stories does not read their links twenty times.
 */
const isPublished = batchPerRequest<ArticleId, true>(async (req, ids) => {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    // Only the ids: reading their related links here would recurse through the whole graph.
    select: { _status: true },
    depth: 0,
    limit: ids.length,
    // Whether they exist is all that is asked: no total count.
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byId = new Map(ids.map((id) => [String(id), id]))
  return new Map(
    docs.flatMap((article) => {
      const id = byId.get(String(article.id))
      return id === undefined ? [] : [[id, true as const]]
    }),
  )
})

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
  const published = await Promise.all(ids.map((id) => isPublished(req, id)))
  const visible = new Set(ids.filter((_, index) => published[index]).map(String))
  const isVisible = (link: RelatedLink): boolean => {
    const id = unpopulatedId(link)
    return id === null || visible.has(String(id))
  }
  return { ...doc, relatedLinks: doc.relatedLinks.filter(isVisible) }
}
