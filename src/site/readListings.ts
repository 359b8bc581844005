import type { PayloadRequest, Where } from 'payload'

import type { PersonView, SectionLink, StorySummary } from '../domain/site/types'
import type { Article, Organization, Person, Section } from '../payload-types'
import { PUBLISHED, findStorySubject } from '../publishing/storiesOf'

/** How many stories a list page shows: the latest, newest first. */
export const LIST_LENGTH = 30

const text = (value: string | null | undefined): string | undefined => value?.trim() || undefined

const sectionLink = (section: Article['section']): SectionLink | undefined =>
  typeof section === 'object' && section !== null && section.slug
    ? { name: section.name, slug: section.slug }
    : undefined

const summary = (article: Article): StorySummary => ({
  headline: article.headline,
  slug: article.slug ?? String(article.id),
  standfirst: text(article.standfirst),
  publishedAt: article.publishedAt ?? undefined,
  section: sectionLink(article.section),
})

/**
 * The latest published stories that match, read with the request's access (a reader's: published
 * only) and the status asked for besides, as the outputs do. Only what a list prints is read.
 */
export const latestStories = async (
  req: PayloadRequest,
  match?: Where,
): Promise<StorySummary[]> => {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: match ? { and: [match, PUBLISHED] } : PUBLISHED,
    sort: '-publishedAt',
    limit: LIST_LENGTH,
    pagination: false,
    depth: 1,
    select: { headline: true, slug: true, standfirst: true, publishedAt: true, section: true },
    populate: { sections: { name: true, slug: true } },
    overrideAccess: false,
    req,
  })
  return (docs as Article[]).map(summary)
}

/** Every section, for the navigation: a newsroom has a handful. */
export const siteSections = async (req: PayloadRequest): Promise<SectionLink[]> => {
  const { docs } = await req.payload.find({
    collection: 'sections',
    sort: 'name',
    limit: 100,
    pagination: false,
    depth: 0,
    select: { name: true, slug: true },
    overrideAccess: false,
    req,
  })
  return (docs as Section[]).flatMap((section) =>
    section.slug ? [{ name: section.name, slug: section.slug }] : [],
  )
}

export interface ListSubjectRecord {
  id: number | string
  name: string
  slug: string
  description?: string
}

/** A section or tag by its slug, as a reader may see it; null when there is none. */
export const findListSubject = async (
  req: PayloadRequest,
  collection: 'sections' | 'tags',
  slug: string,
): Promise<ListSubjectRecord | null> => {
  const found = await findStorySubject(req, collection, slug)
  return found
    ? { id: found.id, name: found.name, slug, description: text(found.description) }
    : null
}

/** A person by their slug, with their positions' organisations by name; null when none. */
export const findPerson = async (
  req: PayloadRequest,
  slug: string,
): Promise<(PersonView & { id: number | string }) | null> => {
  const { docs } = await req.payload.find({
    collection: 'people',
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 1,
    select: { name: true, slug: true, description: true, positions: true, wikidataId: true },
    populate: { organizations: { name: true } },
    overrideAccess: false,
    req,
  })
  const person = docs[0] as Person | undefined
  if (!person) return null
  return {
    id: person.id,
    name: person.name,
    slug,
    description: text(person.description),
    wikidataId: text(person.wikidataId),
    positions: (person.positions ?? []).map((position) => ({
      title: position.title,
      organization:
        typeof position.organization === 'object' && position.organization !== null
          ? (position.organization as Organization).name
          : undefined,
      from: position.from ?? undefined,
      to: position.to ?? undefined,
    })),
  }
}
