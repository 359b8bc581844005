export { publicationContext } from './publicationContext'
export type { PublicationSite } from './publicationContext'
export { toNewsArticleJsonLd } from './toNewsArticleJsonLd'
export { NINJS_STANDARD, toNinjs } from './toNinjs'
export type { NewsArticleJsonLd } from './jsonLdTypes'
export type { NinjsAssociation, NinjsItem } from './ninjsTypes'
export type {
  Author,
  Correction,
  LeadImage,
  OrganizationKind,
  OrganizationRef,
  PersonRef,
  PublicationContext,
  PublishableArticle,
  QuoteRef,
  RelatedLink,
  TagKind,
  TagRef,
} from './types'
