import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { format, resolveConfig } from 'prettier'
import { expect } from 'vitest'

export const GOLDEN_DIR = new URL('../../../test/fixtures/publishing/', import.meta.url)

/** Set UPDATE_GOLDEN=1 to rewrite the golden files from the current output (then review the diff). */
export const isUpdatingGolden = process.env.UPDATE_GOLDEN === '1'

/**
 * Compares `value` with the committed JSON file `name`, or rewrites the file when updating. The
 * comparison is on the JSON round trip, so a property left undefined cannot hide in it.
 */
export const expectMatchesGolden = async (name: string, value: unknown): Promise<void> => {
  const url = new URL(name, GOLDEN_DIR)
  const path = fileURLToPath(url)
  if (isUpdatingGolden) {
    const options = (await resolveConfig(path)) ?? {}
    writeFileSync(url, await format(JSON.stringify(value), { ...options, filepath: path }))
    return
  }
  if (!existsSync(url)) {
    throw new Error(`${name} is missing: run UPDATE_GOLDEN=1 npx vitest run src/domain/publishing`)
  }
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(JSON.parse(readFileSync(url, 'utf8')))
}

/** Paths of every null, undefined, "" or [] in a JSON-like value: outputs must say nothing empty. */
export const emptyValuePaths = (value: unknown, path = '$'): string[] => {
  if (value === null || value === undefined || value === '') return [path]
  if (Array.isArray(value)) {
    return value.length === 0
      ? [path]
      : value.flatMap((item, index) => emptyValuePaths(item, `${path}[${index}]`))
  }
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => emptyValuePaths(item, `${path}.${key}`))
  }
  return []
}
