/**
 * `npm run import -- <files…> [--publish] [--time-zone Europe/Sofia] [--registry seed/registry.json]`
 * Imports wire pages as drafts (or published), one transaction per page; a photo beside a page
 * with the same name (story.txt, story.jpg) becomes its lead image. Names resolve against the
 * database; --registry loads a registry file into it first. Exits non-zero when a page could not
 * be imported.
 */
import { parseArgs } from 'node:util'

import { loadRegistryFile } from '../domain/registry/loadRegistryFile'
import { DEFAULT_WIRE_TIME_ZONE } from '../domain/wire'
import { importReport } from './describeImport'
import { importWireFiles } from './importWireFiles'
import { runCommand } from './runCommand'

const USAGE =
  'Usage: npm run import -- <files…> [--publish] [--time-zone Europe/Sofia] [--registry seed/registry.json]'

const { values, positionals: files } = parseArgs({
  allowPositionals: true,
  options: {
    publish: { type: 'boolean', default: false },
    'time-zone': { type: 'string', default: DEFAULT_WIRE_TIME_ZONE },
    registry: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
})
const timeZone = values['time-zone']
const isTimeZone = (() => {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
})()

if (values.help || files.length === 0) {
  console.log(USAGE)
  process.exit(values.help ? 0 : 2)
} else if (!isTimeZone) {
  console.error(`--time-zone "${timeZone}" is not an IANA time zone (e.g. Europe/Sofia)`)
  process.exit(2)
} else {
  runCommand(async (payload) => {
    const registry = values.registry ? await loadRegistryFile(values.registry) : undefined
    console.log(
      `Importing ${files.length} file(s) as ${values.publish ? 'published' : 'drafts'}, times read in ${timeZone}`,
    )
    const report = importReport(files.length)
    const summary = await importWireFiles(payload, files, {
      registry,
      timeZone,
      isPublishing: values.publish,
      onFile: report.onFile,
    })
    report.summary(summary)
    return summary.failed > 0 ? 1 : 0
  })
}
