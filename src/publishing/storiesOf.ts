import type { PayloadRequest, Where } from 'payload'

/** What a reader may see, asked for as well as enforced by access, so no user can widen it. */
export const PUBLISHED: Where = { _status: { equals: 'published' } }

/** What a list of stories can be of: a section, a tag or a person. */
export type StorySubject = 'sections' | 'tags' | 'people'

/**
 * Which stories are a subject's, for its reader page and its feed alike: filed in the section,
 * tagged with the tag, or naming or bylining the person.
 */
export const storiesOf = (subject: StorySubject, id: number | string): Where => {
  if (subject === 'sections') return { section: { equals: id } }
  if (subject === 'tags') return { tags: { in: [id] } }
  return { or: [{ people: { in: [id] } }, { authors: { in: [id] } }] }
}

/** A section, tag or person as a reader may read it. */
export interface StorySubjectRecord {
  id: number | string
  name: string
  slug?: null | string
  description?: null | string
}

/** The section, tag or person with this slug, as a reader may read it; null when none. */
export const findStorySubject = async (
  req: PayloadRequest,
  subject: StorySubject,
  slug: string,
): Promise<StorySubjectRecord | null> => {
  const { docs } = await req.payload.find({
    collection: subject,
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { name: true, slug: true, description: true },
    overrideAccess: false,
    req,
  })
  return (docs[0] as StorySubjectRecord | undefined) ?? null
}
