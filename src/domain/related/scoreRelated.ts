/** What related-article scoring needs to know about an article. */
export interface RelatedArticleFacts {
  id: string
  /** ISO instant. */
  publishedAt: string
  /** Registry keys. */
  people: string[]
  organizations: string[]
  tags: string[]
}

export type RelatedReasonKind = 'person' | 'organization' | 'tag'

export interface RelatedScore {
  id: string
  score: number
  reasons: Array<{ kind: RelatedReasonKind; id: string }>
}

export interface ScoreRelatedOptions {
  /** How many candidates to return; default 5. */
  limit?: number
  /** Days after which a shared entity counts half as much; default 30. */
  halfLifeDays?: number
}

// A shared person is the strongest signal that two stories follow the same thread; a shared
// organisation (NATO) is broader; a shared topic or place tag is the weakest.
export const RELATED_WEIGHTS: Readonly<Record<RelatedReasonKind, number>> = {
  person: 3,
  organization: 2,
  tag: 1,
}

const MS_PER_DAY = 86_400_000

const shared = (kind: RelatedReasonKind, subject: string[], candidate: string[]) => {
  const candidateIds = new Set(candidate)
  return [...new Set(subject)]
    .filter((id) => candidateIds.has(id))
    .sort()
    .map((id) => ({ kind, id }))
}

/**
 * Ranks candidates by the people, organisations and tags they share with the subject, weighted
 * by RELATED_WEIGHTS and multiplied by 0.5^(days apart / halfLifeDays), so older and newer
 * stories fade alike. The subject itself and candidates sharing nothing are left out; ties go
 * to the more recent story, then to the id.
 */
export const scoreRelated = (
  subject: RelatedArticleFacts,
  candidates: RelatedArticleFacts[],
  options: ScoreRelatedOptions = {},
): RelatedScore[] => {
  const { limit = 5, halfLifeDays = 30 } = options
  const subjectTime = Date.parse(subject.publishedAt)
  return candidates
    .filter((candidate) => candidate.id !== subject.id)
    .map((candidate) => {
      const reasons = [
        ...shared('person', subject.people, candidate.people),
        ...shared('organization', subject.organizations, candidate.organizations),
        ...shared('tag', subject.tags, candidate.tags),
      ]
      const overlap = reasons.reduce((sum, reason) => sum + RELATED_WEIGHTS[reason.kind], 0)
      const daysApart = Math.abs(Date.parse(candidate.publishedAt) - subjectTime) / MS_PER_DAY
      const recency = 0.5 ** (daysApart / halfLifeDays)
      return {
        id: candidate.id,
        score: overlap * recency,
        reasons,
        time: Date.parse(candidate.publishedAt),
      }
    })
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score || b.time - a.time || a.id.localeCompare(b.id))
    .slice(0, Math.max(0, limit))
    .map(({ id, score, reasons }) => ({ id, score, reasons }))
}
