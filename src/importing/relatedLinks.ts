import type { Where } from 'payload'

import { matchesRelatedLink, slugOfUrl } from '../domain/related/matchesRelatedLink'
import type { RelatedLinkTarget } from '../domain/related/matchesRelatedLink'
import type { RelatedLink } from '../domain/wire/types'
import type { Article } from '../payload-types'
import type { DocumentId, ImportSession } from './types'

type StoredLink = NonNullable<Article['relatedLinks']>[number]

const common = (session: ImportSession) =>
  ({ depth: 0, req: session.req, overrideAccess: true }) as const

const targetOf = (article: Article): RelatedLinkTarget => ({
  headline: article.headline,
  slug: article.slug ?? '',
  url: article.source?.url ?? null,
})

/**
 * The page's related links, in order: a link whose story is already in the CMS (same URL, slug
 * or exact title) points at that article; the rest stay external with their title and URL. A
 * title two stories share names neither for sure, so such a link stays external too.
 */
export const resolveRelatedLinks = async (
  session: ImportSession,
  links: RelatedLink[],
  selfId: DocumentId | null,
): Promise<StoredLink[]> => {
  const resolved: StoredLink[] = []
  for (const link of links) {
    const slug = link.url ? slugOfUrl(link.url) : null
    const conditions: Where[] = [
      ...(link.title ? [{ headline: { equals: link.title } }] : []),
      ...(link.url ? [{ 'source.url': { equals: link.url } }] : []),
      ...(slug ? [{ slug: { equals: slug } }] : []),
    ]
    if (conditions.length === 0) continue
    const { docs } = await session.req.payload.find({
      collection: 'articles',
      where: { or: conditions },
      limit: 10,
      pagination: false,
      ...common(session),
    })
    const matches = docs.filter(
      (doc) => doc.id !== selfId && matchesRelatedLink(link, targetOf(doc)),
    )
    const match = matches.length === 1 ? matches[0] : undefined
    resolved.push(
      match ? { article: match.id } : { title: link.title || link.url, url: link.url ?? null },
    )
  }
  return resolved
}

/**
 * Other imported articles that list this story as an external link (by URL, slug or exact
 * title) now link to it; that link is all that changes in them. Stories written in the admin are
 * left as they are, and a headline another story also has is no longer a match. Returns how many
 * articles changed.
 */
export const upgradeLinksTo = async (session: ImportSession, article: Article): Promise<number> => {
  const target = targetOf(article)
  const { totalDocs: sameHeadline } = await session.req.payload.count({
    collection: 'articles',
    where: { headline: { equals: article.headline } },
    req: session.req,
    overrideAccess: true,
  })
  const conditions: Where[] = [
    ...(sameHeadline === 1 ? [{ 'relatedLinks.title': { equals: article.headline } }] : []),
    ...(target.slug ? [{ 'relatedLinks.url': { contains: target.slug } }] : []),
    ...(target.url ? [{ 'relatedLinks.url': { equals: target.url } }] : []),
  ]
  // Read from the database itself: read hooks may hide links (to drafts) from a request without
  // a user, and writing such a filtered list back would delete them.
  const { docs } = (await session.req.payload.db.find({
    collection: 'articles',
    where: {
      and: [
        { id: { not_equals: article.id } },
        { 'source.reference': { exists: true } },
        { or: conditions },
      ],
    },
    pagination: false,
    req: session.req,
  })) as { docs: Article[] }
  let changed = 0
  for (const doc of docs) {
    let isChanged = false
    const relatedLinks = (doc.relatedLinks ?? []).map((link) => {
      if (link.article != null || !matchesRelatedLink(link, target)) return link
      if (sameHeadline > 1 && !link.url) return link
      isChanged = true
      return { id: link.id, article: article.id, title: null, url: null }
    })
    if (!isChanged) continue
    // Saved on the stored document as it is: a draft stays a draft, a published story stays live.
    await session.req.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { relatedLinks },
      ...common(session),
    })
    changed += 1
  }
  return changed
}
