import { afterAll, beforeAll, expect, test } from 'vitest'

import { describeScores, meetsThreshold } from '../../src/domain/importing/scoreImport'
import { loadRegistryFile } from '../../src/domain/registry/loadRegistryFile'
import { measureCorpus } from '../../src/importing/corpusAccuracy'
import type { CorpusReport } from '../../src/importing/corpusAccuracy'
import { SEED_REGISTRY_FILE } from '../../seed/seed'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

/**
 * The corpus of wire pages (test/fixtures/wire-corpus) imported for real, as `npm run
 * import:accuracy` does: a guard against the importer getting worse. The figures themselves are
 * printed by the command; here only what must hold.
 */
describeWithDatabase('the wire-page corpus, imported', () => {
  let server: TestServer
  let report: CorpusReport

  beforeAll(async () => {
    server = await startTestServer()
    report = await measureCorpus(
      server.payload,
      'test/fixtures/wire-corpus',
      await loadRegistryFile(SEED_REGISTRY_FILE),
    )
    console.log(describeScores(report.scores.all!).join('\n'))
  }, 600_000)
  afterAll(async () => server?.stop())

  test('no story overwrites another: every page, same headline or not, is its own story', () => {
    expect(report.overwritten).toEqual([])
  })

  test('every page field is read right, and the broken pages fail saying file and line', () => {
    // Held-out pages may still miss a dateline the gazetteer does not spell (Kiev for Kyiv).
    const guarded = report.pages.filter(
      (page) => page.set === 'tuning' || page.file.startsWith('broken'),
    )
    expect(guarded.flatMap((page) => page.fieldErrors)).toEqual([])
    expect(report.fields.checked).toBeGreaterThan(100)
  })

  test('every quote whose speaker a page names is attributed to that speaker', () => {
    expect(
      report.pages
        .flatMap((page) => [...page.missed, ...page.wrong])
        .filter((line) => line.startsWith('quotes')),
    ).toEqual([])
  })

  test('the pages the recogniser was developed on stay typed at 95 % or better per kind', () => {
    expect(
      meetsThreshold(report.scores.tuning!, 0.95),
      describeScores(report.scores.tuning!).join('\n'),
    ).toBe(true)
  })

  test('the whole corpus, held-out pages included, stays at 90 % or better per kind', () => {
    expect(
      meetsThreshold(report.scores.all!, 0.9),
      describeScores(report.scores.all!).join('\n'),
    ).toBe(true)
  })
})
