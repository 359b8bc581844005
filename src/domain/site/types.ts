import type { PublicationContext, PublishableArticle } from '../publishing'

/** What every reader page knows about the site it is on. */
export interface SiteView {
  publication: PublicationContext
  /** Where staff sign in (the admin), linked from every page's footer. */
  adminPath: string
  /** The sections, for the navigation at the top of each page. */
  sections: SectionLink[]
}

export interface SectionLink {
  name: string
  slug: string
}

/** A person named on a page, with the slug of their own page. */
export interface PersonLink {
  name: string
  slug: string
}

/** A quotation as the content model stores it: where it sits in the body, and who said it. */
export interface StoryQuote {
  text: string
  speaker?: PersonLink
  /** The paragraph (counted from 0) and the offsets of the quoted words in it, when known. */
  paragraphIndex?: number
  start?: number
  end?: number
}

/** A story as its page shows it. */
export interface StoryView {
  article: PublishableArticle
  /** The bylined people, linked to their pages; empty when the story is credited otherwise. */
  authors: PersonLink[]
  /** The people the story names, linked to their pages. */
  people: PersonLink[]
  sectionSlug?: string
  quotes: StoryQuote[]
  /** A draft opened from the admin: marked as such, never indexed, refreshed on each save. */
  isPreview: boolean
}

/** A story in a list: what a reader needs to choose it. */
export interface StorySummary {
  headline: string
  slug: string
  standfirst?: string
  publishedAt?: string
  section?: SectionLink
}

/** A position a person holds or held, as their page prints it. */
export interface PositionView {
  title: string
  organization?: string
  from?: string
  to?: string
}

export interface PersonView {
  name: string
  slug: string
  description?: string
  positions: PositionView[]
  wikidataId?: string
}
