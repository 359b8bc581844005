import { slugify } from '../domain/slug'
import { findFirst } from './findFirst'
import type { DocumentId, ImportSession } from './types'

/** The desk the page was filed under, found by name or slug, created the first time. */
export const writeSection = async (session: ImportSession, name: string): Promise<DocumentId> => {
  const existing = await findFirst(session, 'sections', [
    { name: { equals: name } },
    { slug: { equals: slugify(name) } },
  ])
  if (existing) return existing.id
  const doc = await session.req.payload.create({
    collection: 'sections',
    data: { name, isSeeded: session.isSeed },
    depth: 0,
    req: session.req,
    overrideAccess: true,
  })
  session.tally.sections.created += 1
  return doc.id
}
