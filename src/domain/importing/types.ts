/** What an import asks an editor to look at, stored on the story as its import notes. */
export const IMPORT_NOTE_KINDS = ['warning', 'newEntity', 'unattributedQuote'] as const

export type ImportNoteKind = (typeof IMPORT_NOTE_KINDS)[number]

export interface ImportNote {
  kind: ImportNoteKind
  message: string
}
