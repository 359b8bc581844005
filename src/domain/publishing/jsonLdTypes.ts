/** The schema.org shapes the NewsArticle JSON-LD uses; every property but the type and name is optional. */

export interface JsonLdPerson {
  '@type': 'Person'
  name: string
  url?: string
  description?: string
  /** The person's Wikidata page. */
  sameAs?: string
}

export type JsonLdOrganizationType =
  'Organization' | 'GovernmentOrganization' | 'NewsMediaOrganization' | 'Corporation'

export interface JsonLdOrganization {
  '@type': JsonLdOrganizationType
  name: string
  /** The acronym, e.g. "DPA". */
  alternateName?: string
  url?: string
  description?: string
  sameAs?: string
  logo?: JsonLdImageObject
}

export interface JsonLdTag {
  '@type': 'Thing' | 'Place' | 'Event'
  name: string
}

export interface JsonLdImageObject {
  '@type': 'ImageObject'
  url: string
  width?: number
  height?: number
  encodingFormat?: string
  caption?: string
  creditText?: string
  creator?: JsonLdOrganization[]
}

export interface JsonLdCorrection {
  '@type': 'CorrectionComment'
  text: string
  datePublished?: string
}

export interface NewsArticleJsonLd {
  '@context': 'https://schema.org'
  '@type': 'NewsArticle'
  headline: string
  description?: string
  image?: JsonLdImageObject
  datePublished?: string
  dateModified?: string
  author: Array<JsonLdPerson | JsonLdOrganization>
  articleSection?: string
  dateline?: string
  keywords?: string[]
  about?: Array<JsonLdPerson | JsonLdOrganization | JsonLdTag>
  mentions?: Array<JsonLdPerson | JsonLdOrganization>
  sourceOrganization?: JsonLdOrganization[]
  publisher: JsonLdOrganization
  mainEntityOfPage: { '@type': 'WebPage'; '@id': string }
  url: string
  inLanguage: string
  wordCount?: number
  correction?: JsonLdCorrection[]
}
