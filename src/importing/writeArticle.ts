import type { WireImportPlan } from '../domain/importing/planWireImport'
import { richTextFromParagraphs } from '../domain/richText'
import { slugify } from '../domain/slug'
import type { Article } from '../payload-types'
import { resolveRelatedLinks, upgradeLinksTo } from './relatedLinks'
import type { DocumentId, ImportSession, ImportedArticle } from './types'

export interface ArticleLinks {
  isPublishing: boolean
  sectionId: DocumentId
  leadImageId: DocumentId | null
  tagIds: DocumentId[]
  personIds: DocumentId[]
  organizationIds: DocumentId[]
  sourceAgencyIds: DocumentId[]
  speakerIds: Map<string, DocumentId>
}

/**
 * Creates the article or updates the one with the same source reference or slug. A draft import
 * over a published story saves a draft version and leaves the live story alone.
 */
export const writeArticle = async (
  session: ImportSession,
  plan: WireImportPlan,
  existing: Article | null,
  links: ArticleLinks,
): Promise<ImportedArticle> => {
  const { payload } = session.req
  const status = links.isPublishing ? 'published' : 'draft'
  const data = {
    headline: plan.headline,
    slug: slugify(plan.headline),
    // The domain builds the Lexical shape Payload's generated type spells out, with a looser type.
    body: richTextFromParagraphs(plan.paragraphs) as unknown as Article['body'],
    dateline: { place: plan.datelinePlace, filedAt: plan.publishedAt },
    publishedAt: plan.publishedAt,
    section: links.sectionId,
    leadImage: links.leadImageId,
    tags: links.tagIds,
    people: links.personIds,
    organizations: links.organizationIds,
    sourceAgencies: links.sourceAgencyIds,
    quotes: plan.quotes.map((quote) => ({
      text: quote.text,
      speaker: quote.speaker ? (links.speakerIds.get(quote.speaker) ?? null) : null,
      attribution: quote.attribution,
      kind: quote.kind,
      paragraphIndex: quote.paragraphIndex,
      start: quote.start,
      end: quote.end,
    })),
    relatedLinks: await resolveRelatedLinks(session, plan.relatedLinks, existing?.id ?? null),
    source: {
      reference: plan.sourceReference,
      url: existing?.source?.url ?? null,
      timeZone: plan.timeZone,
    },
    _status: status,
  } satisfies Partial<Article>
  const common = { depth: 0, req: session.req, overrideAccess: true } as const
  const isDraftOverLive = !links.isPublishing && existing?._status === 'published'
  const doc = existing
    ? await payload.update({
        collection: 'articles',
        id: existing.id,
        data,
        draft: isDraftOverLive,
        ...common,
      })
    : await payload.create({
        collection: 'articles',
        data: { ...data, isSeeded: session.isSeed },
        ...common,
      })
  session.tally.articles[existing ? 'updated' : 'created'] += 1
  return {
    id: doc.id,
    headline: doc.headline,
    slug: doc.slug ?? data.slug,
    outcome: existing ? 'updated' : 'created',
    status,
    upgradedLinks: await upgradeLinksTo(session, doc),
  }
}
