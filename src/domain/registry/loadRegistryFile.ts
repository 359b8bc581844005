import { readFile } from 'node:fs/promises'

import { parseRegistry } from './parseRegistry'
import type { Registry } from './types'

/** Reads and validates a registry JSON file (e.g. seed/registry.json). */
export const loadRegistryFile = async (path: string | URL): Promise<Registry> => {
  const source = String(path)
  const text = await readFile(path, 'utf8')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new Error(`${source}: not valid JSON: ${(error as Error).message}`, { cause: error })
  }
  return parseRegistry(json, source)
}
