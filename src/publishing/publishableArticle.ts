import type {
  Author,
  LeadImage,
  OrganizationRef,
  PersonRef,
  PublishableArticle,
  QuoteRef,
  RelatedLink,
  TagRef,
} from '../domain/publishing'
import type { RichTextDocument } from '../domain/richText'
import type { Article, Media, Organization, Person, Section, Tag } from '../payload-types'

/** A relationship Payload populated, or undefined where it left a bare id (no access, or depth). */
const populated = <T extends object>(
  value: T | number | string | null | undefined,
): T | undefined => (typeof value === 'object' && value !== null ? value : undefined)

const allPopulated = <T extends object>(
  values: Array<T | number | string> | null | undefined,
): T[] => (values ?? []).flatMap((value) => populated(value) ?? [])

const text = (value: string | null | undefined): string | undefined => value?.trim() || undefined

const personRef = (person: Person): PersonRef => ({
  name: person.name,
  slug: person.slug ?? String(person.id),
  aliases: person.aliases ?? undefined,
  wikidataId: text(person.wikidataId),
  description: text(person.description),
})

const organizationRef = (organization: Organization): OrganizationRef => ({
  name: organization.name,
  slug: organization.slug ?? String(organization.id),
  kind: organization.kind,
  acronym: text(organization.acronym),
  aliases: organization.aliases ?? undefined,
  wikidataId: text(organization.wikidataId),
  description: text(organization.description),
})

const tagRef = (tag: Tag): TagRef => ({
  name: tag.name,
  slug: tag.slug ?? String(tag.id),
  kind: tag.kind,
})

// Payload stores upload URLs relative when serverURL is unset; the outputs need absolute ones.
const leadImage = (media: Media, apiOrigin: string): LeadImage | undefined =>
  media.url
    ? {
        id: media.id,
        url: new URL(media.url, apiOrigin).href,
        width: media.width ?? undefined,
        height: media.height ?? undefined,
        mimeType: media.mimeType ?? undefined,
        alt: media.alt,
        caption: text(media.caption),
        creditLine: text(media.creditLine),
        agencies: allPopulated(media.agencies).map(organizationRef),
      }
    : undefined

type StoredRelatedLink = NonNullable<Article['relatedLinks']>[number]

/**
 * An unpopulated related article is one the caller may not see; an unpublished one is seen only
 * by staff, and only a preview shows it: the published output is the same for everyone.
 */
const relatedLink = (link: StoredRelatedLink, isPreview: boolean): RelatedLink[] => {
  const article = populated(link.article)
  if (article?.slug && (isPreview || article._status === 'published')) {
    return [{ kind: 'article', id: article.id, headline: article.headline, slug: article.slug }]
  }
  if (link.article == null && text(link.title)) {
    return [{ kind: 'external', title: link.title!.trim(), url: text(link.url) }]
  }
  return []
}

const quoteRef = (quote: NonNullable<Article['quotes']>[number]): QuoteRef => ({
  text: quote.text,
  speakerSlug: populated(quote.speaker)?.slug ?? undefined,
})

const author = (person: Person): Author => ({ name: person.name })

export interface PublishableOptions {
  /** Origin that relative upload URLs are resolved against (the CMS's SERVER_URL). */
  apiOrigin: string
  /** A draft preview for staff: related stories that are not published yet are kept. */
  isPreview?: boolean
}

/**
 * The pure mappings' view of an article read at depth 2 (its media's agencies populated). A
 * draft being previewed has no publication date yet; its last change stands in for one.
 */
export const toPublishableArticle = (
  article: Article,
  { apiOrigin, isPreview = false }: PublishableOptions,
): PublishableArticle => {
  const image = populated(article.leadImage)
  return {
    id: article.id,
    headline: article.headline,
    slug: article.slug ?? String(article.id),
    standfirst: text(article.standfirst),
    body: (article.body ?? undefined) as RichTextDocument | undefined,
    publishedAt: article.publishedAt ?? article.updatedAt,
    updatedAt: article.updatedAt,
    createdAt: article.createdAt,
    dateline: {
      place: text(article.dateline?.place),
      filedAt: article.dateline?.filedAt ?? undefined,
    },
    section: populated<Section>(article.section)?.name,
    authors: allPopulated(article.authors).map(author),
    people: allPopulated(article.people).map(personRef),
    organizations: allPopulated(article.organizations).map(organizationRef),
    tags: allPopulated(article.tags).map(tagRef),
    leadImage: image ? leadImage(image, apiOrigin) : undefined,
    sourceAgencies: allPopulated(article.sourceAgencies).map(organizationRef),
    relatedLinks: (article.relatedLinks ?? []).flatMap((link) => relatedLink(link, isPreview)),
    quotes: (article.quotes ?? []).map(quoteRef),
    corrections: (article.corrections ?? []).map(({ text: correction, date }) => ({
      text: correction,
      date,
    })),
  }
}
