import type { ImportNoteKind } from '../domain/importing/types'
import { IMPORTED_COLLECTIONS } from './types'
import type { FileImportResult, ImportSummary } from './types'

const NOTE_LABELS: Record<ImportNoteKind, string> = {
  warning: 'warning',
  newEntity: 'to review',
  unattributedQuote: 'quote',
}

/** One progress line per file, then its notes (warnings, what it created, unnamed speakers). */
export const describeFile = (result: FileImportResult, index: number, total: number): string[] => {
  const position = `[${index + 1}/${total}] ${result.file}`
  if (!result.isImported) return [`${position}: FAILED, nothing written`, `  ${result.error}`]
  const { article } = result
  return [
    `${position}: ${article.outcome} ${article.status} article "${article.headline}" (/${article.slug})` +
      (article.upgradedLinks > 0 ? `; ${article.upgradedLinks} article(s) now link to it` : ''),
    ...result.notes.map((note) =>
      note.kind === 'warning'
        ? `  warning: ${note.where === result.file ? '' : `${note.where}: `}${note.message}`
        : `  ${NOTE_LABELS[note.kind]}: ${note.message}`,
    ),
  ]
}

/** The closing summary: files, documents created and updated per collection, what to review. */
export const describeSummary = (summary: ImportSummary): string[] => {
  const toReview = summary.notes.newEntity + summary.notes.unattributedQuote
  return [
    `${summary.files.length} file(s): ${summary.imported} imported, ${summary.failed} failed; ` +
      `${summary.created} created, ${summary.updated} updated, ${summary.warnings} warning(s)`,
    ...IMPORTED_COLLECTIONS.filter(
      (collection) => summary.tally[collection].created + summary.tally[collection].updated > 0,
    ).map(
      (collection) =>
        `  ${collection}: ${summary.tally[collection].created} created, ${summary.tally[collection].updated} updated`,
    ),
    ...(toReview > 0
      ? [
          `To review: ${summary.notes.newEntity} new entit${summary.notes.newEntity === 1 ? 'y' : 'ies'}, ` +
            `${summary.notes.unattributedQuote} quote(s) without a named speaker ` +
            '(the "Needs review" tab of Articles, People, Organizations and Tags in the admin)',
        ]
      : []),
  ]
}

/** What both command-line tools print as pages go by and at the end. */
export const importReport = (total: number, print: (line: string) => void = console.log) => ({
  onFile: (result: FileImportResult, index: number) => {
    for (const line of describeFile(result, index, total)) print(line)
  },
  summary: (summary: ImportSummary) => {
    for (const line of describeSummary(summary)) print(line)
  },
})
