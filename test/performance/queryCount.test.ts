import { readFileSync } from 'node:fs'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { richTextFromParagraphs } from '../../src/domain/richText'
import type { Article } from '../../src/payload-types'
import { guideExamples } from '../delivery/guideExamples'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { afterSavesSettle, countQueries } from './queryCounter'
import type { QueryCounter } from './queryCounter'

const ARTICLE_PAGE = guideExamples(readFileSync('docs/graphql.md', 'utf8')).find(
  (example) => example.name === 'article-by-slug',
)!.query
// The front end's article page, plus both news-standards renderings.
const ARTICLE_PAGE_WITH_OUTPUTS = ARTICLE_PAGE.replace(/\n(\s*)id\n/, '\n$1id\n$1ninjs\n$1jsonLd\n')

const LIST_WITH_OUTPUTS = `query Stories($where: Article_where) {
  Articles(where: $where, limit: 20) {
    docs { id headline ninjs jsonLd relatedLinks { article { headline } } }
  }
}`

const relatedIds = (story: Article): number[] =>
  (story.relatedLinks ?? []).map((link) =>
    typeof link.article === 'object' ? (link.article?.id as number) : (link.article as number),
  )

type Linked = 'organizations' | 'people' | 'tags'

describeWithDatabase('reading a story costs a fixed number of queries', () => {
  let server: TestServer
  let counter: QueryCounter | null
  const stories: Record<'few' | 'many', Article | undefined> = { few: undefined, many: undefined }

  const createMany = async (collection: Linked, count: number, prefix: string) => {
    const ids: number[] = []
    for (let index = 0; index < count; index++) {
      const { id } = await server.payload.create({
        collection,
        data: { name: `${prefix} ${index}` } as never,
        overrideAccess: true,
      })
      ids.push(id as number)
    }
    return ids
  }

  const publish = async (
    name: string,
    links: number,
    linked: Record<Linked, number[]>,
    related: number[],
    extras: Partial<Article>,
  ) =>
    server.payload.create({
      collection: 'articles',
      data: {
        headline: `Query budget: ${name}`,
        body: richTextFromParagraphs([`A story with ${links} links of each kind.`]),
        tags: linked.tags.slice(0, links),
        people: linked.people.slice(0, links),
        organizations: linked.organizations.slice(0, links),
        authors: linked.people.slice(0, links),
        sourceAgencies: [],
        quotes: linked.people
          .slice(0, links)
          .map((speaker, index) => ({ text: `Quote ${index}`, speaker })),
        relatedLinks: related.slice(0, links).map((article) => ({ article })),
        _status: 'published',
        ...extras,
      } as Partial<Article> as Article,
      overrideAccess: true,
    })

  beforeAll(async () => {
    server = await startTestServer()
    const { payload } = server
    const section = await payload.create({
      collection: 'sections',
      data: { name: 'Budget desk' },
      overrideAccess: true,
    })
    const parent = await payload.create({
      collection: 'organizations',
      data: { name: 'Budget parent' } as never,
      overrideAccess: true,
    })
    const linked = {
      tags: await createMany('tags', 8, 'Budget tag'),
      people: await createMany('people', 8, 'Budget person'),
      organizations: await createMany('organizations', 8, 'Budget organisation'),
    }
    for (const id of linked.organizations) {
      await payload.update({
        collection: 'organizations',
        id,
        data: { parent: parent.id },
        overrideAccess: true,
      })
    }
    const image = await sharp({
      create: { width: 4, height: 4, channels: 3, background: '#336699' },
    })
      .png()
      .toBuffer()
    const leadImage = await payload.create({
      collection: 'media',
      data: { alt: 'A test card', creditLine: 'Budget Agency', agencies: linked.organizations },
      file: { data: image, mimetype: 'image/png', name: 'budget.png', size: image.length },
      overrideAccess: true,
    })
    const related: number[] = []
    for (let index = 0; index < 8; index++) {
      related.push(
        (await publish(`related ${index}`, 1, linked, [], { section: section.id })).id as number,
      )
    }
    const extras = { section: section.id, leadImage: leadImage.id }
    stories.few = await publish('few links', 2, linked, related, extras)
    stories.many = await publish('many links', 8, linked, related, extras)
    // The read model renders the new stories after their saves (each save asks for a render once
    // its transaction has ended): all of that is done before anything is counted.
    await afterSavesSettle(payload)
    counter = countQueries(payload)
  })
  afterAll(async () => {
    counter?.restore()
    await server?.stop()
  })

  const byIds = (ids: number[]) =>
    server.http.post('/api/graphql').send({
      query: LIST_WITH_OUTPUTS,
      variables: { where: { OR: ids.map((id) => ({ id: { equals: id } })) } },
    })

  /**
   * Each read with the most statements it may cost, whatever the story links to: a fixed number,
   * so that a change adding a query per person, tag, organisation or story fails here first.
   * Each includes the one read of the content version that the read cache checks first, and
   * for each read of the lead image one more: a reader may see an image only once a published
   * story leads with it (collections/Media.ts), so it is found through that join, then read.
   */
  const READS: Array<[name: string, budget: number, read: (story: Article) => Promise<unknown>]> = [
    [
      'REST by slug at depth 1',
      10,
      (story) => server.http.get(`/api/articles?where[slug][equals]=${story.slug}&depth=1`),
    ],
    [
      'REST by slug at depth 2',
      15,
      (story) => server.http.get(`/api/articles?where[slug][equals]=${story.slug}&depth=2`),
    ],
    ['REST by id at depth 2', 14, (story) => server.http.get(`/api/articles/${story.id}?depth=2`)],
    ['ninjs by slug', 10, (story) => server.http.get(`/api/articles/slug/${story.slug}/ninjs`)],
    ['JSON-LD by id', 10, (story) => server.http.get(`/api/articles/${story.id}/jsonld`)],
    [
      'GraphQL article page with ninjs and JSON-LD',
      21,
      (story) =>
        server.http
          .post('/api/graphql')
          .send({ query: ARTICLE_PAGE_WITH_OUTPUTS, variables: { slug: story.slug } }),
    ],
    [
      // The story asked for and the stories it links to, each with both renderings.
      'GraphQL list of stories with ninjs and JSON-LD',
      14,
      (story) => byIds([story.id as number, ...relatedIds(story)]),
    ],
  ]

  const queriesFor = async (read: (story: Article) => Promise<unknown>, story: Article) => {
    counter!.reset()
    const response = (await read(story)) as { status: number; text: string }
    expect(response.status, response.text).toBe(200)
    expect(response.text).toContain(story.headline)
    // The start of each statement is enough to see which table a query went to.
    return counter!.statements.map((statement) => statement.slice(0, 120))
  }

  describe.each(READS)('%s', (_name, budget, read) => {
    test('costs as many queries for a story with 8 links of each kind as for one with 2', async (context) => {
      if (!counter) {
        context.skip(`${server.payload.db.name} has no SQL driver whose statements can be counted`)
      }
      const few = await queriesFor(read, stories.few!)
      const many = await queriesFor(read, stories.many!)
      expect(many.length, many.join('\n')).toBe(few.length)
      expect(many.length, many.join('\n')).toBeLessThanOrEqual(budget)
    })
  })
})
