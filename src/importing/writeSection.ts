import { slugify } from '../domain/slug'
import { saveDocument } from './saveDocument'
import type { DocumentId, ImportSession } from './types'

/** The desk the page was filed under, found by name or slug, created the first time. */
export const writeSection = async (session: ImportSession, name: string): Promise<DocumentId> =>
  (
    await saveDocument(session, 'sections', {
      match: [{ name: { equals: name } }, { slug: { equals: slugify(name) } }],
      create: () => ({ name }),
    })
  ).id
