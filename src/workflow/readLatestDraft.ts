import type { PayloadRequest } from 'payload'

import type { Article, ArticlesSelect } from '../payload-types'

/**
 * The article as its latest version has it (a newer draft included), read inside the request's
 * transaction and past access control: what a save must be judged against, since Payload's
 * `originalDoc` may be the main document or may predate a concurrent save.
 */
export const readLatestDraft = <Fields extends keyof Article>(
  req: PayloadRequest,
  id: number | string,
  fields: readonly Fields[],
): Promise<Pick<Article, 'id' | Fields>> =>
  req.payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    depth: 0,
    // Only what the caller judges by: the whole story (body, links, quotes) costs a save dearly.
    select: Object.fromEntries(fields.map((field) => [field, true])) as ArticlesSelect<true>,
    overrideAccess: true,
    req,
  }) as Promise<Pick<Article, 'id' | Fields>>
