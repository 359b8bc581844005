import type { RichTextDocument } from '../richText'

/** How the content model stores an organisation's kind (snake_case so GraphQL can name it). */
export type OrganizationKind =
  | 'alliance'
  | 'intergovernmental_body'
  | 'government'
  | 'state'
  | 'news_agency'
  | 'photo_agency'
  | 'party'
  | 'company'
  | 'other'

export type TagKind = 'topic' | 'place' | 'event'

/** A bylined writer; `url` is their profile page, which Google uses to tell authors apart. */
export interface Author {
  name: string
  url?: string
}

export interface PersonRef {
  name: string
  slug: string
  /** Other names the press uses ("Lavrov"); used to spot the person in the headline. */
  aliases?: string[]
  /** Wikidata item ("Q58217"), when someone has checked it. */
  wikidataId?: string
  /** One line: who they are. */
  description?: string
}

export interface OrganizationRef {
  name: string
  slug: string
  kind: OrganizationKind
  acronym?: string
  aliases?: string[]
  wikidataId?: string
  description?: string
}

export interface TagRef {
  name: string
  slug: string
  kind: TagKind
}

export interface LeadImage {
  /** The Media document id, when the photo is in the CMS. */
  id?: string | number
  /** Absolute URL of the file. */
  url: string
  width?: number
  height?: number
  mimeType?: string
  /** What the image shows, for readers who cannot see it. */
  alt: string
  caption?: string
  /** As printed under the photo, e.g. "EPA/BGNES". */
  creditLine?: string
  /** The agencies behind the credit line. */
  agencies?: OrganizationRef[]
}

/** A hand-picked related story: one in the CMS, or an external link (maybe with no URL yet). */
export type RelatedLink =
  | { kind: 'article'; id?: string | number; headline: string; slug: string }
  | { kind: 'external'; title: string; url?: string }

/** A published correction, as printed at the foot of the story. */
export interface Correction {
  text: string
  /** ISO instant the correction was published. */
  date: string
}

/** A quotation in the body; only who said it matters to the news-standards outputs. */
export interface QuoteRef {
  text: string
  /** Slug of the speaker; absent when the importer could not tell who said it. */
  speakerSlug?: string
}

/**
 * What a populated, published article gives the news-standards mappings. Every relationship is
 * already resolved to plain data; nothing here knows about Payload.
 */
export interface PublishableArticle {
  id: string | number
  headline: string
  slug: string
  /** The one or two sentences under the headline. */
  standfirst?: string
  /** Body text, one string per paragraph; read from `body` when absent. */
  paragraphs?: string[]
  /** The Lexical body as stored, used when `paragraphs` is absent. */
  body?: RichTextDocument
  /** ISO instant of first publication. */
  publishedAt: string
  /** ISO instant of the last change. */
  updatedAt?: string
  /** ISO instant the record was created in the CMS (an import, for a wire story). */
  createdAt?: string
  dateline?: { place?: string; filedAt?: string }
  /** Section name, e.g. "World". */
  section?: string
  authors?: Author[]
  /** People the story names (the content model's "People mentioned"). */
  people?: PersonRef[]
  /** Organisations the story names. */
  organizations?: OrganizationRef[]
  tags?: TagRef[]
  leadImage?: LeadImage
  /** Agencies the story came from; may include the photo's agencies. */
  sourceAgencies?: OrganizationRef[]
  relatedLinks?: RelatedLink[]
  quotes?: QuoteRef[]
  corrections?: Correction[]
  /** Published version number, when the CMS counts them. */
  version?: number
}

/** The site an article is published on, and how its addresses are built. */
export interface PublicationContext {
  siteName: string
  /** Absolute origin, e.g. "https://news.example.com". */
  siteUrl: string
  publisher: { name: string; logoUrl?: string }
  /** IETF BCP 47 tag of the content, e.g. "en". */
  language: string
  /** The reader-facing page of an article. */
  articleUrl: (slug: string) => string
  /** A persistent identifier for an item (ninjs `uri`): it must not change when a slug does. */
  itemUri: (collection: 'articles' | 'media', id: string) => string
}
