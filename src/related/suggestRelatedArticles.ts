import type { PayloadRequest, Where } from 'payload'

import { isStaffUser } from '../access/roles'
import { scoreRelated } from '../domain/related/scoreRelated'
import type { RelatedArticleFacts, RelatedReasonKind } from '../domain/related/scoreRelated'
import type { Article } from '../payload-types'
import { relationId } from '../fields/relationId'

type DocumentId = number | string

/** Why a story was suggested: a person, organisation or tag it shares with the subject. */
export interface RelatedReason {
  kind: RelatedReasonKind
  id: DocumentId
  name: string
}

export interface RelatedSuggestion {
  article: Article
  score: number
  reasons: RelatedReason[]
}

// Enough recent candidates to rank well without reading the whole archive for one request.
const CANDIDATE_LIMIT = 200
export const MAX_SUGGESTIONS = 20

const COLLECTION_OF: Readonly<Record<RelatedReasonKind, 'organizations' | 'people' | 'tags'>> = {
  person: 'people',
  organization: 'organizations',
  tag: 'tags',
}

const idsOf = (values: unknown[] | null | undefined): DocumentId[] =>
  (values ?? []).map((value) => relationId(value) as DocumentId)

const factsOf = (article: Article): RelatedArticleFacts => ({
  id: String(article.id),
  publishedAt: article.publishedAt ?? article.updatedAt,
  people: idsOf(article.people).map(String),
  organizations: idsOf(article.organizations).map(String),
  tags: idsOf(article.tags).map(String),
})

const namesOf = async (
  req: PayloadRequest,
  kind: RelatedReasonKind,
  ids: string[],
): Promise<Map<string, { id: DocumentId; name: string }>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: COLLECTION_OF[kind],
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: false,
  })
  return new Map(docs.map((doc) => [String(doc.id), { id: doc.id, name: doc.name }]))
}

/**
 * Stories that share people, organisations or tags with article `id`, best first, each with the
 * reasons it was suggested. Runs with the caller's access: a reader never gets a draft, neither
 * as the subject (null, as for a missing article) nor as a suggestion.
 */
export const suggestRelatedArticles = async (
  req: PayloadRequest,
  id: DocumentId,
  limit = 5,
): Promise<RelatedSuggestion[] | null> => {
  const { payload } = req
  const subject = await payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    req,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!subject) return null

  const shared: Where[] = (
    [
      ['people', idsOf(subject.people)],
      ['organizations', idsOf(subject.organizations)],
      ['tags', idsOf(subject.tags)],
    ] as const
  ).flatMap(([field, ids]) => (ids.length > 0 ? [{ [field]: { in: ids } }] : []))
  if (shared.length === 0) return []
  // The read rule already hides drafts from readers; saying it here keeps that true if it changes.
  const readersSeePublished: Where[] = isStaffUser(req.user)
    ? []
    : [{ _status: { equals: 'published' } }]
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { not_equals: subject.id } }, { or: shared }, ...readersSeePublished] },
    depth: 0,
    limit: CANDIDATE_LIMIT,
    sort: '-publishedAt',
    req,
    overrideAccess: false,
  })

  const scored = scoreRelated(factsOf(subject), docs.map(factsOf), {
    limit: Math.min(Math.max(1, limit), MAX_SUGGESTIONS),
  })
  const reasonIds = (kind: RelatedReasonKind) => [
    ...new Set(
      scored.flatMap((item) => item.reasons.filter((r) => r.kind === kind).map((r) => r.id)),
    ),
  ]
  const names = {
    person: await namesOf(req, 'person', reasonIds('person')),
    organization: await namesOf(req, 'organization', reasonIds('organization')),
    tag: await namesOf(req, 'tag', reasonIds('tag')),
  }
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return scored.flatMap(({ id: articleId, score, reasons }) => {
    const article = byId.get(articleId)
    if (!article) return []
    return [
      {
        article,
        score,
        reasons: reasons.flatMap(({ kind, id: reasonId }) => {
          const named = names[kind].get(reasonId)
          return named ? [{ kind, ...named }] : []
        }),
      },
    ]
  })
}
