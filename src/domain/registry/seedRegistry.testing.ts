import { readFileSync } from 'node:fs'

import { parseRegistry } from './parseRegistry'
import type { Registry } from './types'

export const SEED_REGISTRY_URL = new URL('../../../seed/registry.json', import.meta.url)

/** The curated seed registry, for tests. */
export const loadSeedRegistry = (): Registry =>
  parseRegistry(JSON.parse(readFileSync(SEED_REGISTRY_URL, 'utf8')), 'seed/registry.json')
