import { readFile } from 'node:fs/promises'

import type { Payload } from 'payload'

import type { ImportWarning } from '../domain/importing/planWireImport'
import { parseWirePage } from '../domain/wire/parseWirePage'
import { importWirePage } from './importWirePage'
import { addTallies, emptyTally, totalOf } from './types'
import type { FileImportResult, ImportSummary, WireImportOptions } from './types'

const describeWarning = (file: string, warning: ImportWarning): string =>
  warning.line === null
    ? `${file}: ${warning.message}`
    : `${file}:${warning.line}: ${warning.message}`

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/**
 * Imports wire pages one by one, each in its own transaction. A page that cannot be parsed or
 * written is reported (file:line and what was expected) and the rest go on; nothing of it is kept.
 */
export const importWireFiles = async (
  payload: Payload,
  files: string[],
  options: WireImportOptions & { onFile?: (result: FileImportResult, index: number) => void },
): Promise<ImportSummary> => {
  const results: FileImportResult[] = []
  for (const [index, file] of files.entries()) {
    let result: FileImportResult
    try {
      const text = await readFile(file, 'utf8')
      const page = parseWirePage(text, { fileName: file, timeZone: options.timeZone })
      const { article, tally, plan } = await importWirePage(payload, page, options)
      const warnings = plan.warnings.map((warning) => describeWarning(file, warning))
      result = { file, isImported: true, article, tally, warnings }
    } catch (error) {
      // Parse errors already read "file:line: expected …"; others get the file name in front.
      const message = messageOf(error)
      result = {
        file,
        isImported: false,
        error: message.startsWith(`${file}:`) ? message : `${file}: ${message}`,
        warnings: [],
      }
    }
    results.push(result)
    options.onFile?.(result, index)
  }
  const tally = emptyTally()
  for (const result of results) if (result.isImported) addTallies(tally, result.tally)
  return {
    files: results,
    imported: results.filter((result) => result.isImported).length,
    failed: results.filter((result) => !result.isImported).length,
    created: totalOf(tally, 'created'),
    updated: totalOf(tally, 'updated'),
    warnings: results.reduce((sum, result) => sum + result.warnings.length, 0),
    tally,
  }
}
