import type { PayloadRequest } from 'payload'

import type { Article } from '../../../src/payload-types'

/**
 * The article as its latest version has it (a newer draft included), read inside the request's
 * transaction and past access control: what a save must be judged against, since Payload's
 * `originalDoc` may be the main document or may predate a concurrent save.
 */
export const readLatestDraft = (req: PayloadRequest, id: number | string): Promise<Article> =>
  req.payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
