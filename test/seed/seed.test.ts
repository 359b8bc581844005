import { readFileSync } from 'node:fs'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { parseWirePage } from '../../src/domain/wire/parseWirePage'
import { paragraphsFromRichText } from '../../src/domain/richText'
import type { ImportSummary } from '../../src/importing/types'
import type { Article, Organization, Person, Tag } from '../../src/payload-types'
import { resetSeed } from '../../seed/resetSeed'
import { runSeed, seedStoryFiles } from '../../seed/seed'
import { graphql } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'

const SLUG = 'nato-russia-still-at-odds-over-missile-shield-in-europe'
const COLLECTIONS = ['articles', 'media', 'people', 'organizations', 'tags', 'sections'] as const

const nameOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'name' in value ? value.name : value

describeWithDatabase('the seed: the NATO–Russia wire story as typed, linked documents', () => {
  let server: TestServer
  let first: ImportSummary
  let article: Article

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        COLLECTIONS.map(async (collection) => [
          collection,
          (await server.payload.count({ collection, overrideAccess: true })).totalDocs,
        ]),
      ),
    )
  const findOne = async <T>(collection: 'organizations' | 'people' | 'tags', name: string) => {
    const { docs } = await server.payload.find({
      collection,
      where: { name: { equals: name } },
      depth: 1,
      overrideAccess: true,
    })
    expect(docs, `${collection} "${name}"`).toHaveLength(1)
    return docs[0] as T
  }

  beforeAll(async () => {
    server = await startTestServer()
    first = await runSeed(server.payload)
    const { docs } = await server.payload.find({
      collection: 'articles',
      where: { slug: { equals: SLUG } },
      depth: 2,
      overrideAccess: true,
    })
    article = docs[0] as Article
  })
  afterAll(async () => server?.stop())

  test('imports the one story, creating every entity once and warning about nothing', () => {
    // The registry is loaded into the database first; the story then finds every name there.
    // No photo file came with the page, so no media document is made for it.
    expect(first).toMatchObject({ imported: 1, failed: 0, warnings: 0, updated: 0, created: 21 })
    expect(first.notes).toEqual({ warning: 0, newEntity: 0, unattributedQuote: 1 })
    expect(first.tally).toEqual({
      articles: { created: 1, updated: 0 },
      media: { created: 0, updated: 0 },
      people: { created: 7, updated: 0 },
      organizations: { created: 10, updated: 0 },
      tags: { created: 2, updated: 0 },
      sections: { created: 1, updated: 0 },
    })
  })

  test('the article is published with its headline, section, body and the page time in UTC', async () => {
    const [file] = await seedStoryFiles()
    const page = parseWirePage(readFileSync(file!, 'utf8'), { fileName: file! })
    expect(article).toMatchObject({
      headline: 'NATO, Russia Still at Odds over Missile Shield in Europe',
      _status: 'published',
      publishedAt: '2011-12-08T14:58:00.000Z',
      dateline: { place: null, filedAt: '2011-12-08T14:58:00.000Z' },
      source: { reference: '000_c5d2321bc6b974fc', timeZone: 'Europe/Sofia' },
      isSeeded: true,
    })
    expect(nameOf(article.section)).toBe('World')
    expect(paragraphsFromRichText(article.body as never)).toEqual(page.paragraphs)
    expect(paragraphsFromRichText(article.body as never).join(' ')).not.toMatch(/support/)
  })

  test('people are linked from tags, job titles, body and caption, with aliases and Wikidata IDs', async () => {
    expect((article.people ?? []).map(nameOf)).toEqual([
      'Guido Westerwelle',
      'Sergey Lavrov',
      'Hillary Clinton',
      'Anders Fogh Rasmussen',
      'Dmitry Rogozin',
      'Dmitry Medvedev',
      'William Hague',
    ])
    const lavrov = await findOne<Person>('people', 'Sergey Lavrov')
    expect(lavrov).toMatchObject({
      slug: 'sergey-lavrov',
      wikidataId: 'Q58217',
      aliases: ['Sergei Lavrov', 'Lavrov', 'Sergey Viktorovich Lavrov'],
      isSeeded: true,
    })
  })

  test.each<[person: string, title: string, organization: string, from: string, to: string | null]>(
    [
      [
        'Hillary Clinton',
        'US Secretary of State',
        'US Department of State',
        '2009-01-21',
        '2013-02-01',
      ],
      ['Anders Fogh Rasmussen', 'NATO Secretary General', 'NATO', '2009-08-01', '2014-09-30'],
      [
        'Dmitry Rogozin',
        'Permanent Representative of Russia to NATO',
        'Ministry of Foreign Affairs of Russia',
        '2008-01-01',
        '2011-12-31',
      ],
      [
        'Sergey Lavrov',
        'Minister of Foreign Affairs of Russia',
        'Ministry of Foreign Affairs of Russia',
        '2004-03-09',
        null,
      ],
    ],
  )('%s held the position %s at %s', async (name, title, organization, from, to) => {
    const person = await findOne<Person>('people', name)
    expect(person.positions).toHaveLength(1)
    const [position] = person.positions ?? []
    expect(position?.title).toBe(title)
    expect(nameOf(position?.organization)).toBe(organization)
    expect(position?.from?.slice(0, 10)).toBe(from)
    expect(position?.to?.slice(0, 10) ?? null).toBe(to)
  })

  test("organisations: NATO-Russia Council under NATO, the cited agency and the photo's agencies with their kinds", async () => {
    expect((article.organizations ?? []).map(nameOf)).toEqual([
      'NATO',
      'NATO-Russia Council',
      'Deutsche Presse-Agentur',
    ])
    const council = await findOne<Organization>('organizations', 'NATO-Russia Council')
    expect(council).toMatchObject({ acronym: 'NRC', kind: 'intergovernmental_body' })
    expect(nameOf(council.parent)).toBe('NATO')
    expect(await findOne<Organization>('organizations', 'NATO')).toMatchObject({
      kind: 'alliance',
      wikidataId: 'Q7184',
      parent: null,
    })
    const sources = (article.sourceAgencies ?? []) as Organization[]
    expect(sources.map((agency) => [agency.acronym, agency.kind, agency.country])).toEqual([
      ['DPA', 'news_agency', 'Germany'],
    ])
    // The photo's agencies stay with the photo the page described; no file, so no source.
    const agencies = (article.wirePhoto?.agencies ?? []) as Organization[]
    expect(agencies.map((agency) => [agency.acronym, agency.kind, agency.country])).toEqual([
      ['EPA', 'photo_agency', null],
      ['BGNES', 'photo_agency', 'Bulgaria'],
    ])
  })

  test('tags keep a place and one topic; job titles and names are not tags', async () => {
    expect((article.tags ?? []).map((tag) => [nameOf(tag), (tag as Tag).kind])).toEqual([
      ['Russia', 'place'],
      ['missile defense', 'topic'],
    ])
    const topic = await findOne<Tag>('tags', 'missile defense')
    expect(topic.aliases).toEqual(
      expect.arrayContaining(['missile shield', 'missile defense shield']),
    )
  })

  test('the photo the page describes is kept as caption and credit, and no image is made up', async () => {
    expect(article.leadImage).toBeNull()
    expect(article.wirePhoto).toMatchObject({ creditLine: 'EPA/BGNES' })
    expect(article.wirePhoto?.caption).toMatch(
      /^US Secretary of State Hillary Clinton and British Foreign Secretary/,
    )
    expect(article.wirePhoto?.caption).not.toContain('EPA/BGNES')
    expect((article.wirePhoto?.agencies ?? []).map(nameOf)).toEqual([
      'European Pressphoto Agency',
      'BGNES',
    ])
    expect(
      (await server.payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  test('quotes are stored with their speakers, attributions and places in the body', () => {
    const quotes = article.quotes ?? []
    expect(quotes.map((quote) => nameOf(quote.speaker))).toEqual([
      'Anders Fogh Rasmussen',
      'Anders Fogh Rasmussen',
      'Hillary Clinton',
      // "One Russian official described it Thursday as an "anaconda"": kept, nobody named.
      null,
      'Sergey Lavrov',
      'Sergey Lavrov',
      'Sergey Lavrov',
      'Hillary Clinton',
      'Dmitry Rogozin',
      'Hillary Clinton',
      'Guido Westerwelle',
      'Guido Westerwelle',
      'Guido Westerwelle',
    ])
    const paragraphs = paragraphsFromRichText(article.body as never)
    for (const quote of quotes) {
      expect(paragraphs[quote.paragraphIndex!]?.slice(quote.start!, quote.end!)).toBe(quote.text)
    }
    expect(quotes[3]).toMatchObject({
      text: 'anaconda',
      speakerDescription: 'One Russian official',
      kind: 'partial',
    })
    expect(quotes[9]).toMatchObject({ attribution: 'noted the US State Secretary', kind: 'full' })
  })

  test('an anonymous GraphQL query returns the story with its people, organisations, tags and quotes, and no image', async () => {
    const result = await graphql(
      server.http,
      `
        query ($slug: String!) {
          Articles(where: { slug: { equals: $slug } }) {
            docs {
              headline
              people {
                name
                aliases
                positions {
                  title
                  organization {
                    name
                  }
                }
              }
              organizations {
                name
                acronym
                kind
                parent {
                  name
                }
              }
              tags {
                name
                kind
              }
              quotes {
                text
                attribution
                speaker {
                  name
                }
              }
              leadImage {
                alt
              }
              wirePhoto {
                creditLine
              }
              needsReview
              importNotes {
                message
              }
            }
          }
        }
      `,
      { slug: SLUG },
    )
    expect(result.errors).toBeUndefined()
    const [story] = result.data?.Articles.docs ?? []
    expect(story.headline).toBe('NATO, Russia Still at Odds over Missile Shield in Europe')
    expect(story.people).toContainEqual({
      name: 'Hillary Clinton',
      aliases: ['Clinton', 'Hillary Rodham Clinton'],
      positions: [
        { title: 'US Secretary of State', organization: { name: 'US Department of State' } },
      ],
    })
    expect(story.organizations).toContainEqual({
      name: 'NATO-Russia Council',
      acronym: 'NRC',
      kind: 'intergovernmental_body',
      parent: { name: 'NATO' },
    })
    expect(story.tags).toEqual([
      { name: 'Russia', kind: 'place' },
      { name: 'missile defense', kind: 'topic' },
    ])
    expect(story.quotes[4]).toEqual({
      text: 'Apart from general remarks about trust and not targeting systems against each other, we need legally binding arrangements,',
      attribution: 'Lavrov said following the Brussels meeting',
      speaker: { name: 'Sergey Lavrov' },
    })
    // No photo file came with the page: nothing to show, and the review data is staff's alone.
    expect(story.leadImage).toBeNull()
    expect(story.wirePhoto?.creditLine ?? null).toBeNull()
    expect(story.needsReview).toBeNull()
    expect(story.importNotes ?? []).toEqual([])
  })

  test('GraphQL answers "what did Lavrov say" through the quotes speaker', async () => {
    const lavrov = await findOne<Person>('people', 'Sergey Lavrov')
    const result = await graphql(
      server.http,
      `
        query ($speaker: JSON) {
          Articles(where: { quotes__speaker: { equals: $speaker } }) {
            docs {
              headline
              quotes {
                text
                speaker {
                  name
                }
              }
            }
          }
        }
      `,
      { speaker: lavrov.id },
    )
    expect(result.errors).toBeUndefined()
    const [story] = result.data?.Articles.docs ?? []
    const said = story.quotes.filter((quote: any) => quote.speaker?.name === 'Sergey Lavrov')
    expect(said.map((quote: any) => quote.text.slice(0, 20))).toEqual([
      'Apart from general r',
      'Because good intenti',
      'respond adequately a',
    ])
  })

  test('running the seed again updates everything in place: same documents, no duplicates', async () => {
    const before = await counts()
    const second = await runSeed(server.payload)
    expect(second).toMatchObject({ imported: 1, failed: 0, created: 0 })
    expect(second.tally.articles).toEqual({ created: 0, updated: 1 })
    expect(second.tally.people).toEqual({ created: 0, updated: 7 })
    expect(await counts()).toEqual(before)
    expect(before).toEqual({
      articles: 1,
      media: 0,
      people: 7,
      organizations: 10,
      tags: 2,
      sections: 1,
    })
    const again = await server.payload.findByID({
      collection: 'articles',
      id: article.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(again.leadImage).toBeNull()
    expect(again.quotes).toHaveLength(13)
    const lavrov = await findOne<Person>('people', 'Sergey Lavrov')
    expect(lavrov.aliases).toEqual(['Sergei Lavrov', 'Lavrov', 'Sergey Viktorovich Lavrov'])
    expect(lavrov.positions).toHaveLength(1)
  })

  test('--reset removes only seed content: a hand-made article and what it uses survive', async () => {
    const lavrov = await findOne<Person>('people', 'Sergey Lavrov')
    const handMadeTag = await server.payload.create({
      collection: 'tags',
      data: { name: 'diplomacy', kind: 'topic' },
      overrideAccess: true,
    })
    const handMade = await server.payload.create({
      collection: 'articles',
      data: {
        headline: 'Lavrov visits Sofia',
        people: [lavrov.id],
        tags: [handMadeTag.id],
        relatedLinks: [{ article: article.id }],
        _status: 'draft',
      },
      overrideAccess: true,
    })
    const report = await resetSeed(server.payload)

    expect(report.deleted).toEqual({
      articles: 1,
      media: 0,
      people: 6,
      organizations: 9,
      tags: 2,
      sections: 1,
    })
    expect(report.kept).toEqual([
      { collection: 'people', id: lavrov.id },
      { collection: 'organizations', id: expect.anything() },
    ])
    expect(await counts()).toEqual({
      articles: 1,
      media: 0,
      people: 1,
      organizations: 1,
      tags: 1,
      sections: 0,
    })
    const survivor = await server.payload.findByID({
      collection: 'articles',
      id: handMade.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(survivor.headline).toBe('Lavrov visits Sofia')
    expect(survivor.people).toEqual([lavrov.id])
    expect(survivor.relatedLinks).toMatchObject([
      { article: null, title: 'NATO, Russia Still at Odds over Missile Shield in Europe' },
    ])
  })
})
