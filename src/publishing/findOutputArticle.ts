import type { PayloadRequest, PopulateType, Where } from 'payload'

import { canReadDrafts } from '../access/roles'
import type { Article } from '../payload-types'
import { batchPerRequest } from './requestBatch'

/** How a client names the story it wants an output of. */
export type ArticleKey = { id: number | string } | { slug: string }

type ArticleId = number | string

const ENTITY = {
  name: true,
  slug: true,
  aliases: true,
  wikidataId: true,
  description: true,
} as const

/**
 * Only what the renderings print of each linked document (see publishableArticle.ts): no join
 * lists of every story a person is in, no image sizes, nothing read only to be thrown away.
 */
const OUTPUT_POPULATE: PopulateType = {
  articles: { headline: true, slug: true, _status: true },
  people: ENTITY,
  organizations: { ...ENTITY, kind: true, acronym: true },
  tags: { name: true, slug: true, kind: true },
  sections: { name: true, slug: true },
  media: {
    filename: true,
    url: true,
    width: true,
    height: true,
    mimeType: true,
    alt: true,
    caption: true,
    creditLine: true,
    agencies: true,
  },
}

/** The story's own fields the renderings print; the workflow's internals are not read. */
const OUTPUT_SELECT = {
  headline: true,
  slug: true,
  standfirst: true,
  body: true,
  dateline: true,
  leadImage: true,
  tags: true,
  people: true,
  organizations: true,
  relatedLinks: true,
  quotes: true,
  section: true,
  publishedAt: true,
  authors: true,
  sourceAgencies: true,
  corrections: true,
  updatedAt: true,
  createdAt: true,
  _status: true,
} as const

const readOutputArticles = async (
  req: PayloadRequest,
  match: Where,
  { isDraftRead, limit }: { isDraftRead: boolean; limit: number },
): Promise<Article[]> => {
  const { docs } = await req.payload.find({
    collection: 'articles',
    // Staff may read drafts, so without a preview the status is asked for explicitly.
    where: isDraftRead ? match : { and: [match, { _status: { equals: 'published' } }] },
    draft: isDraftRead,
    depth: 2,
    limit,
    pagination: false,
    select: OUTPUT_SELECT,
    populate: OUTPUT_POPULATE,
    overrideAccess: false,
    req,
  })
  return docs as Article[]
}

/**
 * By id, the stories one request asks outputs of are read together: a GraphQL list of twenty
 * stories with `ninjs` and `jsonLd` costs one read of them, not forty.
 */
const byIds = (isDraftRead: boolean) =>
  batchPerRequest<ArticleId, Article>(async (req, ids) => {
    const docs = await readOutputArticles(
      req,
      { id: { in: ids } },
      {
        isDraftRead,
        limit: ids.length,
      },
    )
    const found = new Map(docs.map((doc) => [String(doc.id), doc]))
    return new Map(
      ids.flatMap((id) => (found.has(String(id)) ? [[id, found.get(String(id))!]] : [])),
    )
  })

const publishedById = byIds(false)
const draftById = byIds(true)

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
  if ('id' in key) return (await (isDraftRead ? draftById : publishedById)(req, key.id)) ?? null
  const [article] = await readOutputArticles(
    req,
    { slug: { equals: key.slug } },
    {
      isDraftRead,
      limit: 1,
    },
  )
  return article ?? null
}
