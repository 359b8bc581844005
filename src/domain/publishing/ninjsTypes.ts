/** The parts of IPTC ninjs 3.1 (standards/ninjs-schema_3.1.json) this CMS fills. */

export interface NinjsText {
  role?: string
  contentType?: string
  value: string
}

export interface NinjsBody extends NinjsText {
  charCount?: number
  wordCount?: number
}

/** A person, organisation, place, subject or event: name, relationship and identifiers. */
export interface NinjsConcept {
  name: string
  rel?: string
  /** A complete URI, e.g. the Wikidata page. */
  uri?: string
  /** A free-text identifier: the CMS slug. */
  literal?: string
}

export interface NinjsInfoSource {
  name: string
  role?: string
  uri?: string
  literal?: string
}

export interface NinjsRendition {
  name: string
  href?: string
  contentType?: string
  title?: string
  width?: number
  height?: number
}

export interface NinjsItem {
  uri: string
  type?: 'text' | 'picture'
  representationType?: 'full' | 'partial'
  version?: string
  firstCreated?: string
  versionCreated?: string
  contentCreated?: string
  pubStatus?: 'usable' | 'withheld' | 'canceled'
  language?: string
  slugline?: string
  located?: string
  by?: string
  headlines?: NinjsText[]
  descriptions?: NinjsText[]
  bodies?: NinjsBody[]
  people?: NinjsConcept[]
  organisations?: NinjsConcept[]
  places?: NinjsConcept[]
  subjects?: NinjsConcept[]
  events?: NinjsConcept[]
  infoSources?: NinjsInfoSource[]
  renditions?: NinjsRendition[]
  associations?: NinjsAssociation[]
  standard?: { name: string; version: string; schema: string }
}

/** An associated item (the lead photo, a related story); ninjs requires its name and uri. */
export interface NinjsAssociation extends NinjsItem {
  name: string
  rel?: string
}
