import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, test } from 'vitest'

import { planWireImport, sourceReferenceOf } from '../../src/domain/importing/planWireImport'
import { loadSeedRegistry } from '../../src/domain/registry/seedRegistry.testing'
import { parseWirePage } from '../../src/domain/wire/parseWirePage'
import { syntheticWirePages } from '../../src/domain/wire/synthetic'
import type { NewsroomServer } from '../../src/server'
import type { DataFromCollectionSlug } from 'payload'
import { runImporter } from '../support/runImporter'
import { createTestDatabase } from '../support/testDatabase'
import type { TestDatabase } from '../support/testDatabase'

// 60 pages by default, enough to kill the importer mid-way while keeping CI short (each page
// takes up to 1–2 s on a loaded CI box); FAULT_IMPORT_PAGES raises it by hand.
const PAGES = Number(process.env.FAULT_IMPORT_PAGES ?? 60)
// Kill once this many pages are in, well before the end.
const KILL_AFTER = Math.min(40, Math.floor(PAGES / 3))

const kind = process.env.TEST_DATABASE
const skip =
  kind === 'sqlite' || kind === 'postgres'
    ? ''
    : `the importer's all-or-nothing pages need SQL transactions; ${kind} has none here`

/** A SQLite file (a killed process must leave something behind to reopen), or a Postgres DB. */
const openDatabase = async (folder: string): Promise<TestDatabase> =>
  kind === 'sqlite'
    ? { url: `file:${path.join(folder, 'import.db')}`, drop: async () => {} }
    : createTestDatabase()

const describeOrSkip = skip ? describe.skip : describe

describeOrSkip(
  `the importer killed in the middle of a large import${skip ? ` (${skip})` : ''}`,
  () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsroom-import-kill-'))
    const pages = syntheticWirePages({ count: PAGES, seed: 8, photoEvery: 10 })
    const files = pages.map((page) => {
      const file = path.join(folder, page.name)
      writeFileSync(file, page.text)
      return file
    })
    let database: TestDatabase | undefined
    let server: NewsroomServer | undefined

    afterAll(async () => {
      await server?.close()
      await database?.drop()
      rmSync(folder, { recursive: true, force: true })
    })

    test(`${PAGES} pages: SIGKILL after ${KILL_AFTER}, rerun, every page in exactly once and whole`, async () => {
      database = await openDatabase(folder)
      // Uploads go to a folder of the test's own; names resolve against the seed registry.
      const media = { MEDIA_DIR: path.join(folder, 'media') }
      const args = ['--registry', 'seed/registry.json', ...files]
      const killed = runImporter(database.url, args, media)
      while (killed.imported() < KILL_AFTER) {
        const hasExited = await Promise.race([
          killed.exited.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100)),
        ])
        if (hasExited) throw new Error(`the importer ended early:\n${killed.output()}`)
      }
      killed.child.kill('SIGKILL')
      expect((await killed.exited).signal).toBe('SIGKILL')
      const writtenBeforeKill = killed.imported()
      expect(writtenBeforeKill).toBeLessThan(PAGES)

      const rerun = runImporter(database.url, args, media)
      const { code } = await rerun.exited
      expect(code, rerun.output().slice(-3000)).toBe(0)
      expect(rerun.output()).toContain(`${PAGES} file(s): ${PAGES} imported, 0 failed`)
      // Pages the killed run finished are updated, not created again.
      const updated = rerun.output().match(/: updated draft article /g)?.length ?? 0
      expect(updated).toBeGreaterThanOrEqual(writtenBeforeKill)
      console.log(
        `importer killed: ${writtenBeforeKill} of ${PAGES} pages written before SIGKILL; ` +
          `the rerun updated ${updated} and created ${PAGES - updated}`,
      )

      process.env.DATABASE_URL = database.url
      process.env.MEDIA_DIR = media.MEDIA_DIR
      const { createServer } = await import('../../src/server')
      server = await createServer()
      const { payload } = server
      const all = async <T extends 'articles' | 'people' | 'organizations' | 'tags' | 'media'>(
        collection: T,
      ) =>
        (
          await payload.find({
            collection,
            pagination: false,
            depth: 0,
            draft: true,
            overrideAccess: true,
          })
        ).docs as Array<DataFromCollectionSlug<T>>

      const articles = await all('articles')
      const references = articles.map((article) => article.source?.reference)
      expect(references.sort()).toEqual(pages.map((page) => sourceReferenceOf(page.name)).sort())

      const registry = loadSeedRegistry()
      const plans = new Map(
        pages.map((page) => [
          sourceReferenceOf(page.name),
          planWireImport(parseWirePage(page.text, { fileName: page.name }), registry),
        ]),
      )
      for (const article of articles) {
        const plan = plans.get(article.source?.reference ?? '')
        expect(plan, article.headline).toBeDefined()
        if (!plan) continue
        // No partial article: everything the page names is linked, every quote is there.
        expect(article.headline).toBe(plan.headline)
        expect(article.people?.length, article.headline).toBe(plan.people.length)
        expect(article.organizations?.length, article.headline).toBe(plan.organizations.length)
        expect(article.tags?.length, article.headline).toBe(plan.tags.length)
        expect(article.quotes?.length, article.headline).toBe(plan.quotes.length)
        // No photo files were sent: the caption is kept, no image is made up.
        expect(article.leadImage, article.headline).toBeNull()
        expect(article.wirePhoto?.caption ?? null, article.headline).toBe(
          plan.photo?.caption ?? null,
        )
        expect(article.section, article.headline).toBeTruthy()
      }

      // No duplicate entities: one document per slug, and exactly the ones the pages name.
      const slugsOf = (docs: Array<{ slug?: null | string }>) => docs.map((doc) => doc.slug)
      const expectUnique = (slugs: Array<null | string | undefined>) =>
        expect(slugs.length).toBe(new Set(slugs).size)
      const people = slugsOf(await all('people'))
      expectUnique(people)
      const named = new Set([...plans.values()].flatMap((plan) => plan.people.map((p) => p.slug)))
      const registered = new Set(registry.people.map((person) => person.slug))
      expect(new Set(people)).toEqual(new Set([...registered, ...named]))
      expectUnique(slugsOf(await all('organizations')))
      // A place the gazetteer knows is created once, by the first page that tags it.
      expectUnique(slugsOf(await all('tags')))
      expect(await all('media')).toHaveLength(0)
    }, 1_200_000)
  },
)
