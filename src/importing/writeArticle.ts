import type { WireImportPlan } from '../domain/importing/planWireImport'
import { richTextFromParagraphs } from '../domain/richText'
import { slugify } from '../domain/slug'
import type { Article } from '../payload-types'
import { resolveRelatedLinks, upgradeLinksTo } from './relatedLinks'
import { saveDocument } from './saveDocument'
import type { DocumentId, ImportSession, ImportedArticle } from './types'

export interface ArticleLinks {
  isPublishing: boolean
  sectionId: DocumentId
  /** The uploaded photo, when the page came with one; otherwise the story keeps its own. */
  leadImageId: DocumentId | null
  /** Document ids by plan key, for every entity the plan names. */
  ids: Map<string, DocumentId>
}

const idsOf = (entries: Array<{ key: string }>, ids: Map<string, DocumentId>): DocumentId[] => [
  ...new Set(
    entries.flatMap((entry) => {
      const id = ids.get(entry.key)
      return id === undefined ? [] : [id]
    }),
  ),
]

/** The headline's slug, or with -2, -3 … when another story has it: each story its own. */
const freeSlug = async (session: ImportSession, headline: string): Promise<string> => {
  const base = slugify(headline) || 'story'
  for (let attempt = 1; ; attempt += 1) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`
    const { totalDocs } = await session.req.payload.count({
      collection: 'articles',
      where: { slug: { equals: slug } },
      req: session.req,
      overrideAccess: true,
    })
    if (totalDocs === 0) return slug
  }
}

const notesOf = (plan: WireImportPlan) =>
  plan.notes.map((note) => ({
    kind: note.kind,
    message: note.line === null ? note.message : `line ${note.line}: ${note.message}`,
  }))

const sameNotes = (stored: Article['importNotes'], next: ReturnType<typeof notesOf>): boolean =>
  JSON.stringify((stored ?? []).map(({ kind, message }) => [kind, message])) ===
  JSON.stringify(next.map(({ kind, message }) => [kind, message]))

/**
 * Creates the story, or updates the one imported from the same source: the page's reference
 * (its file name, URL or the agency's id) is the story's identity, never its headline. Another
 * page with the same headline is another story with its own slug, and a story written in the
 * admin (no source) is never touched. A draft import over a published story saves a draft
 * version and leaves the live story alone; a re-import keeps the story's slug.
 */
export const writeArticle = async (
  session: ImportSession,
  plan: WireImportPlan,
  links: ArticleLinks,
): Promise<ImportedArticle> => {
  const status = links.isPublishing ? 'published' : 'draft'
  const notes = notesOf(plan)
  const content = (existing: Article | null) => ({
    headline: plan.headline,
    // The domain builds the Lexical shape Payload's generated type spells out, with a looser type.
    body: richTextFromParagraphs(plan.paragraphs) as unknown as Article['body'],
    dateline: { place: plan.datelinePlace, filedAt: plan.publishedAt },
    publishedAt: plan.publishedAt,
    section: links.sectionId,
    leadImage: links.leadImageId ?? existing?.leadImage ?? null,
    wirePhoto: plan.photo
      ? {
          caption: plan.photo.caption,
          creditLine: plan.photo.creditLine,
          agencies: idsOf(plan.photo.agencies, links.ids),
        }
      : { caption: null, creditLine: null, agencies: [] },
    tags: idsOf(plan.tags, links.ids),
    people: idsOf(plan.people, links.ids),
    organizations: idsOf(plan.organizations, links.ids),
    sourceAgencies: idsOf(plan.sourceAgencies, links.ids),
    quotes: plan.quotes.map((quote) => ({
      text: quote.text,
      speaker: quote.speaker ? (links.ids.get(quote.speaker) ?? null) : null,
      speakerDescription: quote.speakerDescription,
      attribution: quote.attribution,
      kind: quote.kind,
      paragraphIndex: quote.paragraphIndex,
      start: quote.start,
      end: quote.end,
    })),
    source: {
      reference: plan.sourceReference,
      url: existing?.source?.url ?? null,
      timeZone: plan.timeZone,
    },
    importNotes: notes,
    // Notes an editor has already cleared do not send the story back to the queue.
    needsReview:
      existing && sameNotes(existing.importNotes, notes)
        ? (existing.needsReview ?? false)
        : notes.length > 0,
    _status: status,
  })
  const saved = await saveDocument(session, 'articles', {
    match: [{ 'source.reference': { equals: plan.sourceReference } }],
    update: async (existing) => ({
      ...content(existing),
      relatedLinks: await resolveRelatedLinks(session, plan.relatedLinks, existing.id),
    }),
    create: async () => ({
      ...content(null),
      slug: await freeSlug(session, plan.headline),
      relatedLinks: await resolveRelatedLinks(session, plan.relatedLinks, null),
    }),
    isDraftUpdate: (existing) => !links.isPublishing && existing._status === 'published',
  })
  const doc = saved.doc
  const outcome = saved.outcome === 'created' ? 'created' : 'updated'
  return {
    id: doc.id,
    headline: doc.headline,
    slug: doc.slug ?? '',
    outcome,
    status,
    upgradedLinks: await upgradeLinksTo(session, doc),
  }
}
