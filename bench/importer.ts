/**
 * The importer's throughput: writes `--pages` synthetic wire pages to files and imports them, as
 * `npm run import -- --publish` does, into the (empty) database DATABASE_URL names. Prints one
 * JSON line on stdout.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { releaseConnections } from '../src/database/connections'
import { loadRegistryFile } from '../src/domain/registry/loadRegistryFile'
import { DEFAULT_WIRE_TIME_ZONE } from '../src/domain/wire'
import { syntheticWirePages } from '../src/domain/wire/synthetic'
import { importWireFiles } from '../src/importer/importWireFiles'
import { progressBar } from './corpus/progress'

const main = async (): Promise<void> => {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' } } })
  const count = Number(values.pages)
  const folder = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-wire-'))
  const files = syntheticWirePages({ count, seed: 9 }).map((page) => {
    const file = path.join(folder, page.name)
    writeFileSync(file, page.text)
    return file
  })
  const registry = await loadRegistryFile('seed/registry.json')
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  try {
    const bar = progressBar('Import', files.length)
    let done = 0
    const started = performance.now()
    const summary = await importWireFiles(payload, files, {
      registry,
      timeZone: DEFAULT_WIRE_TIME_ZONE,
      isPublishing: true,
      onFile: () => bar.tick((done += 1)),
    })
    const seconds = (performance.now() - started) / 1000
    bar.done()
    const failure = summary.files.find((file) => !file.isImported)
    console.log(
      JSON.stringify({
        pages: files.length,
        imported: summary.imported,
        failed: summary.failed,
        firstFailure: failure && !failure.isImported ? failure.error : null,
        seconds: Math.round(seconds * 100) / 100,
        storiesPerSecond: Math.round((summary.imported / seconds) * 10) / 10,
      }),
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
    await payload.destroy()
    await releaseConnections(payload.db)
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
