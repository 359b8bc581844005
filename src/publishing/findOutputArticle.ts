import type { PayloadRequest, Where } from 'payload'

import { canReadDrafts } from '../access/roles'
import type { Article } from '../payload-types'

/** How a client names the story it wants an output of. */
export type ArticleKey = { id: number | string } | { slug: string }

/**
 * The article an output is rendered from, read at depth 2 with the caller's access: its published
 * version, or its latest draft for staff and preview keys asking for a preview. Null when there
 * is none the caller may see, so a reader cannot tell a draft from a story that does not exist.
 */
export const findOutputArticle = async (
  req: PayloadRequest,
  key: ArticleKey,
  { isPreview }: { isPreview: boolean },
): Promise<Article | null> => {
  const isDraftRead = isPreview && canReadDrafts(req.user)
  const match: Where = 'id' in key ? { id: { equals: key.id } } : { slug: { equals: key.slug } }
  const { docs } = await req.payload.find({
    collection: 'articles',
    // Staff may read drafts, so without a preview the status is asked for explicitly.
    where: isDraftRead ? match : { and: [match, { _status: { equals: 'published' } }] },
    draft: isDraftRead,
    depth: 2,
    limit: 1,
    pagination: false,
    // A related story needs only its name and address, not its whole graph.
    populate: { articles: { headline: true, slug: true, _status: true } },
    overrideAccess: false,
    req,
  })
  return docs[0] ?? null
}
