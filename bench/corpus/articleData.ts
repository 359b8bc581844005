import { richTextFromParagraphs } from '../../src/domain/richText'
import type { PlannedArticle } from './plan'

export type Id = number | string

export interface PoolIds {
  sections: Id[]
  tags: Id[]
  people: Id[]
  organizations: Id[]
}

const idsAt = (ids: Id[], indexes: number[]): Id[] => indexes.map((index) => ids[index] as Id)

/**
 * A published article exactly as Payload's create operation hands it to the database adapter
 * once its hooks and defaults have run (the self-check test compares the stored rows with an
 * article written through the Local API).
 */
export const articleData = (article: PlannedArticle, ids: PoolIds): Record<string, unknown> => ({
  headline: article.headline,
  generateSlug: false,
  slug: article.slug,
  standfirst: article.standfirst,
  body: richTextFromParagraphs(article.paragraphs),
  dateline: { place: null, filedAt: article.publishedAt },
  leadImage: null,
  tags: idsAt(ids.tags, article.tags),
  people: idsAt(ids.people, article.people),
  organizations: idsAt(ids.organizations, article.organizations),
  relatedLinks: [],
  quotes: [],
  section: ids.sections[article.section],
  publishedAt: article.publishedAt,
  authors: [],
  sourceAgencies: [],
  source: { reference: `synthetic:${article.index + 1}`, url: null, timeZone: null },
  workflowStage: 'published',
  workflowNote: null,
  createdBy: null,
  publishAt: null,
  unpublishAt: null,
  corrections: [],
  isSeeded: false,
  updatedAt: article.publishedAt,
  createdAt: article.publishedAt,
  _status: 'published',
})
