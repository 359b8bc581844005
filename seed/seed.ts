import { readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { loadRegistryFile } from '../src/domain/registry/loadRegistryFile'
import { importWireFiles } from '../src/importing/importWireFiles'
import type { FileImportResult, ImportSummary } from '../src/importing/types'
import { isDeployment } from '../src/settings'
import { createAdmin, createLocalUsers, firstAdminFromSettings } from './localUsers'
import type { LocalUser } from './localUsers'

type Env = Record<string, string | undefined>

export const SEED_STORIES_DIR = fileURLToPath(new URL('./stories/', import.meta.url))
export const SEED_REGISTRY_FILE = fileURLToPath(new URL('./registry.json', import.meta.url))

export const seedStoryFiles = async (): Promise<string[]> =>
  (await readdir(SEED_STORIES_DIR))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${SEED_STORIES_DIR}${name}`)

/** Imports every seed story, published and marked as seed content. */
export const runSeed = async (
  payload: Payload,
  onFile?: (result: FileImportResult, index: number) => void,
): Promise<ImportSummary> =>
  importWireFiles(payload, await seedStoryFiles(), {
    registry: await loadRegistryFile(SEED_REGISTRY_FILE),
    isPublishing: true,
    isSeed: true,
    onFile,
  })

export interface SeedIfEmptyResult {
  /** True when the database had no articles and the seed stories were imported. */
  seeded: boolean
  summary: ImportSummary | null
  /** Accounts created now; a generated password is here and nowhere else. */
  users: LocalUser[]
}

export interface SeedIfEmptyOptions {
  /** Create an admin, an editor and a writer when there are no accounts. Default: outside production. */
  createLocalUsers?: boolean
  env?: Env
}

/**
 * What `npm start` runs: imports the seed stories into a database with no articles and, when there
 * are no accounts, creates local ones outside production, or in a deployment the admin named by
 * SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD.
 */
export const seedIfEmpty = async (
  payload: Payload,
  options: SeedIfEmptyOptions = {},
): Promise<SeedIfEmptyResult> => {
  const env = options.env ?? process.env
  const isOutsideProduction = env.NODE_ENV !== 'production' && !isDeployment(env)
  const shouldCreateUsers = options.createLocalUsers ?? isOutsideProduction

  const { totalDocs: articles } = await payload.count({
    collection: 'articles',
    overrideAccess: true,
  })
  const summary = articles === 0 ? await runSeed(payload) : null

  const { totalDocs: accounts } = await payload.count({ collection: 'users', overrideAccess: true })
  if (accounts > 0) return { seeded: summary !== null, summary, users: [] }
  // A deployment's first admin comes from its settings, never from whoever registers first.
  const firstAdmin = isDeployment(env) ? firstAdminFromSettings(env) : undefined
  const users = shouldCreateUsers
    ? await createLocalUsers(payload, env)
    : firstAdmin
      ? [await createAdmin(payload, firstAdmin)]
      : []
  return { seeded: summary !== null, summary, users }
}
