/**
 * `npm run seed` loads seed/registry.json into the database and imports seed/stories/*.txt,
 * published and marked as seed content; `npm run seed -- --reset` removes that content and
 * nothing else.
 */
import { parseArgs } from 'node:util'

import { importReport } from '../src/importing/describeImport'
import { runCommand } from '../src/importing/runCommand'
import { resetSeed } from './resetSeed'
import { runSeed, seedStoryFiles } from './seed'

const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false } } })

runCommand(async (payload) => {
  if (values.reset) {
    const report = await resetSeed(payload)
    const deleted = Object.entries(report.deleted)
      .map(([collection, count]) => `${count} ${collection}`)
      .join(', ')
    console.log(`Removed seed content: ${deleted}`)
    for (const { collection, id } of report.kept) {
      console.log(`  kept ${collection} ${id}: content made by hand still uses it`)
    }
    return 0
  }
  const report = importReport((await seedStoryFiles()).length)
  const summary = await runSeed(payload, report.onFile)
  report.summary(summary)
  return summary.failed > 0 ? 1 : 0
})
