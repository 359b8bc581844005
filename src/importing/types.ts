import type { PayloadRequest } from 'payload'

import type { ImportNote, ImportNoteKind } from '../domain/importing/types'
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
  /**
   * Seed data (e.g. seed/registry.json) to load into the database before the pages: names
   * resolve against the database, so this is how a curated registry reaches them.
   */
  registry?: Registry
  /** IANA zone of the publisher's clock; "Europe/Sofia" when not given. */
  timeZone?: string
  /** Publish the articles; by default they are saved as drafts. */
  isPublishing?: boolean
  /** Mark what is created as seed content, for `npm run seed -- --reset`. */
  isSeed?: boolean
  /** Who the editorial log says moved the story ("Wire import by editor@…"); "Wire import" by default. */
  actorName?: string
}

/** One wire page to import: its name (the story's source reference) and text, and its photo if sent. */
export interface WirePageInput {
  /** The file name (or upload name) the page came as; its base name identifies the story. */
  name: string
  text: string
  /** The photo file the page's caption describes, when one was supplied with it. */
  photo?: { name: string; data: Buffer; mimetype: string }
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
  /** Other imported articles whose external related links now point at this one. */
  upgradedLinks: number
}

/** A note as the summary prints it: the file (and line) it is about, then what to check. */
export interface ReportedNote extends ImportNote {
  /** "page.txt:12" or "page.txt". */
  where: string
}

export type FileImportResult =
  | {
      file: string
      isImported: true
      article: ImportedArticle
      tally: ImportTally
      /** Warnings only (kept for the summary's count); every note is in `notes`. */
      warnings: string[]
      notes: ReportedNote[]
    }
  | { file: string; isImported: false; error: string; warnings: string[]; notes: ReportedNote[] }

export interface ImportSummary {
  files: FileImportResult[]
  imported: number
  failed: number
  created: number
  updated: number
  warnings: number
  /** The notes left for the review queue, by kind (warnings, new entities, unattributed quotes). */
  notes: Record<ImportNoteKind, number>
  tally: ImportTally
}
