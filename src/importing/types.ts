import type { PayloadRequest } from 'payload'

import type { Registry } from '../domain/registry/types'

/** The collections an import writes to. */
export const IMPORTED_COLLECTIONS = [
  'articles',
  'media',
  'people',
  'organizations',
  'tags',
  'sections',
] as const
export type ImportedCollection = (typeof IMPORTED_COLLECTIONS)[number]

export type WriteOutcome = 'created' | 'updated'

/** How many documents of each collection an import created and updated. */
export type ImportTally = Record<ImportedCollection, Record<WriteOutcome, number>>

export const emptyTally = (): ImportTally =>
  Object.fromEntries(
    IMPORTED_COLLECTIONS.map((collection) => [collection, { created: 0, updated: 0 }]),
  ) as ImportTally

export const addTallies = (into: ImportTally, from: ImportTally): ImportTally => {
  for (const collection of IMPORTED_COLLECTIONS) {
    into[collection].created += from[collection].created
    into[collection].updated += from[collection].updated
  }
  return into
}

export const totalOf = (tally: ImportTally, outcome: WriteOutcome): number =>
  IMPORTED_COLLECTIONS.reduce((sum, collection) => sum + tally[collection][outcome], 0)

export interface WireImportOptions {
  /** People, organisations and tags that names in the page resolve against. */
  registry: Registry
  /** IANA zone of the publisher's clock; "Europe/Sofia" when not given. */
  timeZone?: string
  /** Publish the articles; by default they are saved as drafts. */
  isPublishing?: boolean
  /** Mark what is created as seed content, for `npm run seed -- --reset`. */
  isSeed?: boolean
}

/** What every writer in one article's transaction shares. */
export interface ImportSession {
  req: PayloadRequest
  isSeed: boolean
  tally: ImportTally
  /** Uploaded files to delete again if the transaction rolls back. */
  uploadedFiles: string[]
}

export type DocumentId = number

export interface ImportedArticle {
  id: DocumentId
  headline: string
  slug: string
  outcome: WriteOutcome
  status: 'draft' | 'published'
  /** Other articles whose external related links now point at this one. */
  upgradedLinks: number
}

export type FileImportResult =
  | {
      file: string
      isImported: true
      article: ImportedArticle
      tally: ImportTally
      warnings: string[]
    }
  | { file: string; isImported: false; error: string; warnings: string[] }

export interface ImportSummary {
  files: FileImportResult[]
  imported: number
  failed: number
  created: number
  updated: number
  warnings: number
  tally: ImportTally
}
