import type { PayloadRequest } from 'payload'

/** Whether readers can see the article now: its main document, not its latest draft, is published. */
export const isLiveStory = async (req: PayloadRequest, id: number | string): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: 'articles',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
