/**
 * `npm run seed` imports seed/stories/*.txt, published and marked as seed content;
 * `npm run seed -- --reset` removes that content and nothing else.
 */
import { parseArgs } from 'node:util'

import { describeFile, describeSummary } from '../src/importing/describeImport'
import { openPayload } from '../src/importing/openPayload'
import { resetSeed } from './resetSeed'
import { runSeed, seedStoryFiles } from './seed'

const main = async (): Promise<number> => {
  const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false } } })
  const { payload, close } = await openPayload()
  try {
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
    const total = (await seedStoryFiles()).length
    const summary = await runSeed(payload, (result, index) => {
      for (const line of describeFile(result, index, total)) console.log(line)
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
