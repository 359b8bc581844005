import type { Payload } from 'payload'

import type { PlannedNote } from '../domain/importing/planWireImport'
import { IMPORT_NOTE_KINDS } from '../domain/importing/types'
import { importWirePage } from './importWirePage'
import { loadRegistryIntoDatabase } from './loadRegistry'
import { addTallies, emptyTally, totalOf } from './types'
import type {
  FileImportResult,
  ImportSummary,
  ReportedNote,
  WireImportOptions,
  WirePageInput,
} from './types'

/** A page to import: its name for the report, and how to read it (a file, an upload). */
export interface WirePageSource {
  name: string
  read: () => Promise<WirePageInput>
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

const reported = (name: string, note: PlannedNote): ReportedNote => ({
  kind: note.kind,
  message: note.message,
  where: note.line === null ? name : `${name}:${note.line}`,
})

/**
 * Imports wire pages one by one, each in its own transaction, after loading the registry the
 * options name (if any) into the database. A page that cannot be parsed or written is reported
 * (file:line and what was expected) and the rest go on; nothing of it is kept.
 */
export const importWirePages = async (
  payload: Payload,
  sources: WirePageSource[],
  options: WireImportOptions & { onFile?: (result: FileImportResult, index: number) => void },
): Promise<ImportSummary> => {
  const tally = options.registry
    ? await loadRegistryIntoDatabase(payload, options.registry, options)
    : emptyTally()
  const results: FileImportResult[] = []
  for (const [index, source] of sources.entries()) {
    let result: FileImportResult
    try {
      const input = await source.read()
      const { article, tally: pageTally, plan } = await importWirePage(payload, input, options)
      const notes = plan.notes.map((note) => reported(source.name, note))
      const warnings = notes
        .filter((note) => note.kind === 'warning')
        .map((note) => `${note.where}: ${note.message}`)
      result = { file: source.name, isImported: true, article, tally: pageTally, warnings, notes }
    } catch (error) {
      // Parse errors already read "file:line: expected …"; others get the file name in front.
      const message = messageOf(error)
      result = {
        file: source.name,
        isImported: false,
        error: message.startsWith(`${source.name}:`) ? message : `${source.name}: ${message}`,
        warnings: [],
        notes: [],
      }
    }
    results.push(result)
    options.onFile?.(result, index)
  }
  for (const result of results) if (result.isImported) addTallies(tally, result.tally)
  const notes = Object.fromEntries(
    IMPORT_NOTE_KINDS.map((kind) => [
      kind,
      results.reduce(
        (sum, result) => sum + result.notes.filter((note) => note.kind === kind).length,
        0,
      ),
    ]),
  ) as ImportSummary['notes']
  return {
    files: results,
    imported: results.filter((result) => result.isImported).length,
    failed: results.filter((result) => !result.isImported).length,
    created: totalOf(tally, 'created'),
    updated: totalOf(tally, 'updated'),
    warnings: notes.warning,
    notes,
    tally,
  }
}
