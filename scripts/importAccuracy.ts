/**
 * `npm run import:accuracy [-- --min 0.95] [--set tuning --set held-out]`: imports the wire-page
 * corpus (test/fixtures/wire-corpus) into a throwaway in-memory database, as drafts after the
 * seed registry, and prints how well the stories are typed: per kind, precision and recall;
 * the page fields; pages that must fail; whether any story overwrote another; and what was
 * missed or wrong, page by page. With --min, exits 1 when a kind of the whole corpus is below.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    min: { type: 'string' },
    set: { type: 'string', multiple: true },
    corpus: { type: 'string', default: 'test/fixtures/wire-corpus' },
  },
})

// A database of its own, in memory, and uploads in a folder that goes afterwards.
const scratch = mkdtempSync(path.join(tmpdir(), 'newsroom-accuracy-'))
process.env.DATABASE_URL = 'file::memory:'
process.env.MEDIA_DIR = path.join(scratch, 'media')
process.env.DATA_DIR = scratch
process.env.PAYLOAD_SECRET ??= 'accuracy-run-only-secret-0123456789abcdef'
process.env.JOBS = 'off'
process.env.LOG_LEVEL ??= 'warn'

const main = async (): Promise<number> => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../src/payload.config')
  const { releaseConnections } = await import('../src/database/connections')
  const { loadRegistryFile } = await import('../src/domain/registry/loadRegistryFile')
  const { describeScores, meetsThreshold } = await import('../src/domain/importing/scoreImport')
  const { measureCorpus } = await import('../src/importing/corpusAccuracy')
  const payload = await getPayload({ config })
  try {
    const registry = await loadRegistryFile('seed/registry.json')
    const sets = values.set ?? ['tuning', 'held-out']
    const report = await measureCorpus(payload, values.corpus, registry, sets)
    for (const page of report.pages) {
      const problems = [
        ...page.fieldErrors,
        ...page.missed.map((m) => `missed ${m}`),
        ...page.wrong.map((w) => `wrong  ${w}`),
      ]
      if (problems.length === 0) continue
      console.log(`${page.set}/${page.file}`)
      for (const problem of problems) console.log(`  ${problem}`)
    }
    for (const [set, scores] of Object.entries(report.scores)) {
      console.log(`\n${set === 'all' ? `All ${report.pages.length} pages` : `${set} pages`}`)
      for (const line of describeScores(scores)) console.log(line)
    }
    console.log(`\nPage fields: ${report.fields.correct} of ${report.fields.checked} right`)
    console.log(
      report.overwritten.length === 0
        ? 'Nothing overwritten: every page is its own story.'
        : `Overwritten:\n  ${report.overwritten.join('\n  ')}`,
    )
    const min = values.min === undefined ? null : Number(values.min)
    const isGood =
      report.overwritten.length === 0 && (min === null || meetsThreshold(report.scores.all!, min))
    return isGood ? 0 : 1
  } finally {
    await payload.destroy()
    await releaseConnections(payload.db)
    rmSync(scratch, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
