import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { foldText } from '../domain/foldText'
import { paragraphsFromRichText } from '../domain/richText'
import { addScores, emptyScores, scoreImport } from '../domain/importing/scoreImport'
import type { Scores, TypedName, TypedResult } from '../domain/importing/scoreImport'
import type { Registry } from '../domain/registry/types'
import { parseWirePage } from '../domain/wire/parseWirePage'
import type { Article, Media, Organization, Person, Tag } from '../payload-types'
import { importWirePages } from './importWirePages'
import type { WirePageSource } from './importWirePages'
import { loadRegistryIntoDatabase } from './loadRegistry'

/** A corpus page's expected result (its .json file beside the .txt). */
export interface ExpectedPage extends TypedResult {
  headline?: string
  section?: string
  publishedAt?: string
  viewCount?: number | null
  datelinePlace?: string | null
  relatedLinks?: Array<{ title: string; url?: string }>
  /** For a page that must fail: the whole error message. */
  error?: string
}

export interface PageReport {
  set: string
  file: string
  missed: string[]
  wrong: string[]
  /** Page fields (headline, section, time, views, dateline, links, failure) that came out wrong. */
  fieldErrors: string[]
}

export interface CorpusReport {
  /** Scores per set ("tuning", "held-out") and "all". */
  scores: Record<string, Scores>
  pages: PageReport[]
  fields: { checked: number; correct: number }
  /** Stories that are not the page they came from, or pages that became fewer stories. */
  overwritten: string[]
}

const populated = <T>(value: unknown): T | null =>
  typeof value === 'object' && value !== null ? (value as T) : null

const namesOf = (organization: Organization): TypedName => ({
  name: organization.name,
  aliases: [organization.acronym ?? '', ...(organization.aliases ?? [])].filter(Boolean),
})

/** What an imported story holds, in the corpus's terms, read back from the database. */
const typedResultOf = (article: Article, pageText: string): TypedResult => {
  const text = foldText(pageText)
  const people = (article.people ?? []).flatMap((value) => populated<Person>(value) ?? [])
  const tags = (article.tags ?? []).flatMap((value) => populated<Tag>(value) ?? [])
  const organizations = (values: unknown[] | null | undefined) =>
    (values ?? []).flatMap((value) => populated<Organization>(value) ?? [])
  const image = populated<Media>(article.leadImage)
  return {
    people: people.map((person) => ({
      name: person.name,
      aliases: person.aliases ?? [],
      // Positions the page gave: those of people an import created (the registry's are
      // curated) whose title this page prints.
      positions: person.foundIn
        ? (person.positions ?? [])
            .filter((position) => text.includes(foldText(position.title)))
            .map((position) => ({
              title: position.title,
              organization: populated<Organization>(position.organization)?.name,
            }))
        : [],
    })),
    organizations: organizations(article.organizations).map(namesOf),
    places: tags.filter((tag) => tag.kind === 'place').map((tag) => tag.name),
    topics: tags.filter((tag) => tag.kind !== 'place').map((tag) => tag.name),
    agencies: [
      ...new Map(
        [
          ...organizations(article.sourceAgencies),
          ...organizations(article.wirePhoto?.agencies),
          ...organizations(image?.agencies),
        ].map((organization) => [organization.id, organization]),
      ).values(),
    ].map(namesOf),
    quotes: (article.quotes ?? []).map((quote) => ({
      text: quote.text,
      speaker: populated<Person>(quote.speaker)?.name,
      description: quote.speakerDescription ?? undefined,
    })),
  }
}

const readCorpusSet = async (folder: string) =>
  (await readdir(folder))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(folder, name))

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * Imports every page of a corpus (folders of wire pages, each with its expected .json) into the
 * database as drafts, after the registry, and scores what the stories hold against what they
 * should: people, positions, organisations, places, topics, agencies and quotes, plus the page's
 * fields, pages that must fail, and that no story overwrote another.
 */
export const measureCorpus = async (
  payload: Payload,
  corpusDir: string,
  registry: Registry,
  sets: string[] = ['tuning', 'held-out'],
): Promise<CorpusReport> => {
  await loadRegistryIntoDatabase(payload, registry)
  const report: CorpusReport = {
    scores: { all: emptyScores() },
    pages: [],
    fields: { checked: 0, correct: 0 },
    overwritten: [],
  }
  const imported: Array<{ file: string; reference: string; text: string }> = []
  for (const set of sets) {
    report.scores[set] = emptyScores()
    const files = await readCorpusSet(path.join(corpusDir, set))
    const sources: WirePageSource[] = files.map((file) => ({
      name: path.basename(file),
      read: async () => ({ name: path.basename(file), text: await readFile(file, 'utf8') }),
    }))
    const summary = await importWirePages(payload, sources, {})
    for (const [index, file] of files.entries()) {
      const name = path.basename(file)
      const text = await readFile(file, 'utf8')
      const expected = JSON.parse(
        await readFile(file.replace(/\.txt$/, '.json'), 'utf8'),
      ) as ExpectedPage
      const result = summary.files[index]!
      const page: PageReport = { set, file: name, missed: [], wrong: [], fieldErrors: [] }
      report.pages.push(page)
      const check = (field: string, actual: unknown, wanted: unknown) => {
        report.fields.checked += 1
        if (same(actual, wanted)) report.fields.correct += 1
        else
          page.fieldErrors.push(
            `${field}: ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`,
          )
      }
      if (expected.error !== undefined) {
        check('error', result.isImported ? null : result.error, expected.error)
        continue
      }
      if (!result.isImported) {
        check('error', result.error, null)
        continue
      }
      const { docs } = await payload.find({
        collection: 'articles',
        where: { id: { equals: result.article.id } },
        draft: true,
        depth: 2,
        overrideAccess: true,
      })
      const article = docs[0] as Article
      const score = scoreImport(expected, typedResultOf(article, text))
      addScores(report.scores[set]!, score.scores)
      addScores(report.scores.all!, score.scores)
      page.missed = score.missed
      page.wrong = score.wrong
      const parsed = parseWirePage(text, { fileName: name })
      if (expected.headline !== undefined) check('headline', article.headline, expected.headline)
      if (expected.section !== undefined)
        check('section', populated<{ name: string }>(article.section)?.name, expected.section)
      if (expected.publishedAt !== undefined)
        check('publishedAt', article.publishedAt, expected.publishedAt)
      if (expected.viewCount !== undefined) check('viewCount', parsed.viewCount, expected.viewCount)
      check('datelinePlace', article.dateline?.place ?? null, expected.datelinePlace ?? null)
      if (expected.relatedLinks !== undefined)
        check(
          'relatedLinks',
          parsed.relatedLinks.map((link) => (link.url ? link : { title: link.title })),
          expected.relatedLinks,
        )
      imported.push({ file: name, reference: article.source?.reference ?? '', text })
    }
  }
  // Nothing overwritten: every page is its own story, holding that page's words.
  for (const page of imported) {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { 'source.reference': { equals: page.reference } },
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    const parsed = parseWirePage(page.text, { fileName: page.file })
    const body = docs[0] ? paragraphsFromRichText(docs[0].body as never) : null
    if (docs.length !== 1 || !same(body, parsed.paragraphs)) {
      report.overwritten.push(`${page.file}: its story does not hold its own text`)
    }
  }
  const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: true })
  if (totalDocs !== imported.length) {
    report.overwritten.push(`${imported.length} pages imported, ${totalDocs} stories stored`)
  }
  return report
}
