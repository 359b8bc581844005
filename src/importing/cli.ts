/**
 * `npm run import -- <files…> [--publish] [--time-zone Europe/Sofia] [--registry seed/registry.json]`
 * Imports wire pages as drafts (or published), one transaction per page; exits non-zero when a
 * page could not be imported.
 */
import { parseArgs } from 'node:util'

import { loadRegistryFile } from '../domain/registry/loadRegistryFile'
import { DEFAULT_WIRE_TIME_ZONE } from '../domain/wire'
import { describeFile, describeSummary } from './describeImport'
import { importWireFiles } from './importWireFiles'
import { openPayload } from './openPayload'

const USAGE =
  'Usage: npm run import -- <files…> [--publish] [--time-zone Europe/Sofia] [--registry seed/registry.json]'

const main = async (): Promise<number> => {
  const { values, positionals: files } = parseArgs({
    allowPositionals: true,
    options: {
      publish: { type: 'boolean', default: false },
      'time-zone': { type: 'string', default: DEFAULT_WIRE_TIME_ZONE },
      registry: { type: 'string', default: 'seed/registry.json' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help || files.length === 0) {
    console.log(USAGE)
    return values.help ? 0 : 2
  }
  const timeZone = values['time-zone']
  try {
    new Intl.DateTimeFormat('en', { timeZone })
  } catch {
    console.error(`--time-zone "${timeZone}" is not an IANA time zone (e.g. Europe/Sofia)`)
    return 2
  }
  const registry = await loadRegistryFile(values.registry)
  const { payload, close } = await openPayload()
  try {
    console.log(
      `Importing ${files.length} file(s) as ${values.publish ? 'published' : 'drafts'}, times read in ${timeZone}`,
    )
    const summary = await importWireFiles(payload, files, {
      registry,
      timeZone,
      isPublishing: values.publish,
      onFile: (result, index) => {
        for (const line of describeFile(result, index, files.length)) console.log(line)
      },
    })
    for (const line of describeSummary(summary)) console.log(line)
    return summary.failed > 0 ? 1 : 0
  } finally {
    await close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
