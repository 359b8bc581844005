import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** What the admin bundle is built from; a change to any of these means a new build. */
const BUILD_INPUTS = ['package-lock.json', 'next.config.mjs', 'tsconfig.json', 'src', 'collections']
const STAMP = path.join('.next', 'newsroom-build-stamp')

const filesUnder = (entry: string): string[] => {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

const sourceHash = (): string => {
  const hash = createHash('sha256')
  for (const file of BUILD_INPUTS.flatMap(filesUnder)) {
    if (file.endsWith('.test.ts')) continue
    hash.update(file).update(readFileSync(file))
  }
  return hash.digest('hex')
}

/**
 * `npm start` serves a production build of the admin. It builds one when there is none or when
 * the sources changed since the last, so `git pull && npm start` never serves a stale admin.
 */
export const ensureAdminBuild = (log: (message: string) => void): void => {
  const hash = sourceHash()
  const isFresh =
    existsSync(path.join('.next', 'BUILD_ID')) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8') === hash
  if (isFresh) return
  log('Building the admin (next build); the first time takes a few minutes…')
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) {
    throw new Error(`next build failed (exit code ${result.status ?? result.signal})`)
  }
  writeFileSync(STAMP, hash)
}
