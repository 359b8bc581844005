import { IMPORTED_COLLECTIONS } from './types'
import type { FileImportResult, ImportSummary } from './types'

/** One progress line per file, then its warnings. */
export const describeFile = (result: FileImportResult, index: number, total: number): string[] => {
  const position = `[${index + 1}/${total}] ${result.file}`
  if (!result.isImported) return [`${position}: FAILED, nothing written`, `  ${result.error}`]
  const { article } = result
  return [
    `${position}: ${article.outcome} ${article.status} article "${article.headline}" (/${article.slug})` +
      (article.upgradedLinks > 0 ? `; ${article.upgradedLinks} article(s) now link to it` : ''),
    ...result.warnings.map((warning) => `  warning: ${warning}`),
  ]
}

/** The closing summary: files, documents created and updated per collection, warnings. */
export const describeSummary = (summary: ImportSummary): string[] => [
  `${summary.files.length} file(s): ${summary.imported} imported, ${summary.failed} failed; ` +
    `${summary.created} created, ${summary.updated} updated, ${summary.warnings} warning(s)`,
  ...IMPORTED_COLLECTIONS.filter(
    (collection) => summary.tally[collection].created + summary.tally[collection].updated > 0,
  ).map(
    (collection) =>
      `  ${collection}: ${summary.tally[collection].created} created, ${summary.tally[collection].updated} updated`,
  ),
]
