import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { fetchArticleBySlug } from '../../docs/examples/articleBySlug'
import { loadRegistryFile } from '../../src/domain/registry/loadRegistryFile'
import { importWireFiles } from '../../src/importing/importWireFiles'
import { SEED_REGISTRY_FILE, runSeed } from '../../seed/seed'
import { authHeader, login } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createStaff } from '../support/users'
import { wireFolder, wirePageText } from '../seed/wirePages'
import { guideExamples, guideFileBlock } from './guideExamples'

const GUIDE = readFileSync(new URL('../../docs/graphql.md', import.meta.url), 'utf8')
const EXAMPLES = new Map(guideExamples(GUIDE).map((example) => [example.name, example]))
const CLIENT_FILE = 'docs/examples/articleBySlug.ts'

const SEED_SLUG = 'nato-russia-still-at-odds-over-missile-shield-in-europe'
const DRAFT_HEADLINE = 'Embargoed: Lavrov and Clinton to Meet in Geneva'
const PREVIEW_KEY = 'guide-preview-0123456789abcdef0123456789'

/** What the examples refer to by ID: a fresh install's seed, as the guide's variables assume. */
interface SeedIds {
  article: number | string
  section: number | string
  lavrov: number | string
}

type Caller = 'reader' | 'preview key' | 'editor'
type Data = Record<string, any>

interface ExampleCheck {
  /** Who sends it; a reader by default. Every caller listed gets its own expectation. */
  as?: Partial<Record<Caller, (data: Data) => void>>
  /** The variables the test sends: the guide's, with the IDs this database gave. */
  variables?: (ids: SeedIds) => Record<string, unknown>
  expect?: (data: Data, ids: SeedIds) => void
  /** For examples that show an error: what its message says. */
  error?: RegExp
}

const names = (items: Array<{ name: string }>): string[] => items.map((item) => item.name)

const CHECKS: Record<string, ExampleCheck> = {
  'article-by-slug': {
    expect: ({ Articles }) => {
      const [article] = Articles.docs
      expect(article).toMatchObject({
        headline: 'NATO, Russia Still at Odds over Missile Shield in Europe',
        section: { name: 'World', slug: 'world' },
        // The wire page sent no photo file: no image, not a stand-in.
        leadImage: null,
        relatedLinks: [],
      })
      expect(names(article.people)).toContain('Sergey Lavrov')
      expect(article.organizations).toContainEqual({
        name: 'NATO-Russia Council',
        acronym: 'NRC',
        parent: { name: 'NATO' },
      })
      expect(article.tags).toContainEqual({ name: 'missile defense', kind: 'topic' })
      expect(article.quotes).toContainEqual(
        expect.objectContaining({
          text: expect.stringMatching(/^Apart from general remarks about trust/),
          speaker: { name: 'Sergey Lavrov' },
        }),
      )
      // The photo's agencies are no sources while the story has no photo.
      expect(names(article.sourceAgencies)).toEqual(['Deutsche Presse-Agentur'])
    },
  },
  'section-by-slug': {
    expect: ({ Sections }, ids) => {
      expect(Sections.docs).toEqual([{ id: ids.section, name: 'World' }])
    },
  },
  'section-latest': {
    variables: (ids) => ({ section: ids.section, page: 1 }),
    expect: ({ Articles }) => {
      // Three published stories in World, two to a page, newest first; the draft is not one.
      expect(Articles).toMatchObject({ totalDocs: 3, totalPages: 2, page: 1, hasNextPage: true })
      expect(Articles.docs.map((doc: Data) => doc.headline)).toEqual([
        'Russia Counts the Cost',
        'Lavrov Says NATO Must Listen',
      ])
    },
  },
  'person-by-alias': {
    expect: ({ People }) => {
      expect(People.docs).toHaveLength(1)
      const [lavrov] = People.docs
      expect(lavrov).toMatchObject({ name: 'Sergey Lavrov', wikidataId: 'Q58217' })
      expect(lavrov.aliases).toContain('Sergei Lavrov')
      expect(lavrov.articles.docs.map((doc: Data) => doc.headline)).toEqual([
        'Lavrov Says NATO Must Listen',
        'NATO, Russia Still at Odds over Missile Shield in Europe',
      ])
    },
  },
  'quotes-by-speaker': {
    variables: (ids) => ({ speaker: ids.lavrov }),
    expect: ({ Articles }, ids) => {
      const quotes = Articles.docs.flatMap((doc: Data) =>
        doc.quotes.filter((quote: Data) => quote.speaker?.id === ids.lavrov),
      )
      expect(quotes.map((quote: Data) => quote.speaker.name)).toEqual(
        Array(quotes.length).fill('Sergey Lavrov'),
      )
      expect(quotes.map((quote: Data) => quote.text)).toEqual([
        'We want guarantees, not promises,',
        expect.stringMatching(/^Apart from general remarks about trust/),
        expect.stringMatching(/^Because good intentions come and pass/),
        'respond adequately at every stage of implementation',
      ])
    },
  },
  'organisation-tree': {
    expect: ({ Organizations }) => {
      expect(Organizations.docs).toEqual([
        {
          name: 'NATO',
          acronym: 'NATO',
          kind: 'alliance',
          wikidataId: 'Q7184',
          parent: null,
          suborganizations: {
            docs: [
              {
                name: 'NATO-Russia Council',
                acronym: 'NRC',
                kind: 'intergovernmental_body',
                suborganizations: { docs: [] },
              },
            ],
          },
        },
      ])
    },
  },
  'related-articles': {
    variables: (ids) => ({ id: ids.article }),
    expect: ({ RelatedArticles }) => {
      expect(RelatedArticles.map((related: Data) => related.article.headline)).toEqual([
        'Lavrov Says NATO Must Listen',
        'Russia Counts the Cost',
      ])
      expect(RelatedArticles[0].reasons).toEqual([
        { kind: 'person', name: 'Sergey Lavrov' },
        { kind: 'organization', name: 'NATO' },
      ])
      expect(RelatedArticles[1].reasons).toEqual([{ kind: 'tag', name: 'Russia' }])
    },
  },
  search: {
    as: {
      reader: ({ search }) => {
        // The two published World stories that name Lavrov; the embargoed draft is not one.
        expect(search.docs.map((doc: Data) => doc.headline)).toEqual([
          'Lavrov Says NATO Must Listen',
          'NATO, Russia Still at Odds over Missile Shield in Europe',
        ])
        expect(search.docs[0].passage.html).toContain('<mark>Lavrov</mark>')
        expect(search).toMatchObject({ hasNextPage: false, nextCursor: null })
      },
      editor: ({ search }) => {
        expect(search.docs.map((doc: Data) => doc.headline)).toContain(DRAFT_HEADLINE)
      },
    },
  },
  'draft-preview': {
    as: {
      'preview key': ({ Articles }) => {
        expect(Articles.docs).toEqual([
          expect.objectContaining({ headline: DRAFT_HEADLINE, _status: 'draft' }),
        ])
      },
      editor: ({ Articles }) => {
        expect(Articles.docs.map((doc: Data) => doc.headline)).toEqual([DRAFT_HEADLINE])
      },
      reader: ({ Articles }) => {
        expect(Articles.docs).toEqual([])
      },
    },
  },
  'mistyped-field': {
    error: /^Cannot query field "headlin" on type "Article"\. Did you mean "headline"\?$/,
  },
  'too-deep': {
    error:
      /^The query exceeds the maximum depth of 10\. Actual depth is 11, at People > docs > articles > docs > organizations > suborganizations > docs > articles > docs > people > name\./,
  },
  'too-costly': {
    error: /^The query costs 11207, over the ceiling of 10000: each field counts once per document/,
  },
}

describeWithDatabase('docs/graphql.md: every example runs against the seed', () => {
  let server: TestServer
  let ids: SeedIds
  const headers: Record<Caller, Record<string, string>> = {
    reader: {},
    'preview key': { Authorization: `preview-keys API-Key ${PREVIEW_KEY}` },
    editor: {},
  }

  beforeAll(async () => {
    server = await startTestServer()
    await runSeed(server.payload)
    ids = await seedIds(server)
    await addStories(server)
    await createStaff(server.payload)
    headers.editor = authHeader(await login(server.http, 'editor@newsroom.test'))
    await server.payload.create({
      collection: 'preview-keys',
      data: { name: 'Guide preview', enableAPIKey: true, apiKey: PREVIEW_KEY },
    })
  })
  afterAll(async () => server?.stop())

  const send = async (name: string, caller: Caller) => {
    const example = EXAMPLES.get(name)
    if (!example) throw new Error(`docs/graphql.md has no example "${name}"`)
    const check = CHECKS[name]!
    const isText = server.payload.db.defaultIDType === 'text'
    const response = await server.http
      .post('/api/graphql')
      .set(headers[caller])
      .send({
        // MongoDB IDs are strings, as the guide says.
        query: isText ? example.query.replace(/(\$id: )Int!/, '$1String!') : example.query,
        variables: { ...example.variables, ...check.variables?.(ids) },
      })
    return { example, body: response.body as { data?: Data; errors?: Array<{ message: string }> } }
  }

  test('every example in the guide has a check here, and every check an example', () => {
    const markers = [...GUIDE.matchAll(/^<!--\s*example:/gm)].length
    expect(EXAMPLES.size, 'an example marker not followed by a graphql block').toBe(markers)
    expect([...EXAMPLES.keys()].sort()).toEqual(Object.keys(CHECKS).sort())
  })

  test.each(Object.keys(CHECKS))(
    'the guide example "%s" answers what the guide says',
    async (name) => {
      const check = CHECKS[name]!
      for (const [caller, expectation] of Object.entries(check.as ?? { reader: undefined })) {
        const { example, body } = await send(name, caller as Caller)
        if (check.error) {
          expect(body.data ?? undefined).toBeUndefined()
          expect(body.errors?.map((error) => error.message)).toEqual([
            expect.stringMatching(check.error),
          ])
          continue
        }
        expect(body.errors, `${name} as ${caller}`).toBeUndefined()
        expectation?.(body.data!)
        check.expect?.(body.data!, ids)
        // The guide's IDs are a fresh SQL install's; this database was fresh too.
        if (check.variables && server.payload.db.defaultIDType === 'number') {
          expect(example.variables).toEqual({ ...example.variables, ...check.variables(ids) })
        }
      }
    },
  )

  test('the TypeScript client in the guide is the one in docs/examples, and it works', async () => {
    const block = guideFileBlock(GUIDE, CLIENT_FILE)
    expect(block, `docs/graphql.md shows ${CLIENT_FILE}`).toBeDefined()
    expect(readFileSync(CLIENT_FILE, 'utf8')).toContain(block)

    const listener = createServer(server.listener).listen(0, '127.0.0.1')
    await new Promise((resolve) => listener.once('listening', resolve))
    try {
      const { port } = listener.address() as AddressInfo
      const endpoint = `http://127.0.0.1:${port}/api/graphql`
      const article = await fetchArticleBySlug(endpoint, SEED_SLUG)
      expect(article).toMatchObject({
        headline: 'NATO, Russia Still at Odds over Missile Shield in Europe',
        section: { slug: 'world' },
        leadImage: null,
      })
      const slug = 'embargoed-lavrov-and-clinton-to-meet-in-geneva'
      expect(await fetchArticleBySlug(endpoint, slug)).toBeNull()
    } finally {
      await new Promise((resolve) => listener.close(resolve))
    }
  })
})

const seedIds = async (server: TestServer): Promise<SeedIds> => {
  const idOf = async (collection: 'articles' | 'people' | 'sections', slug: string) => {
    const { docs } = await server.payload.find({
      collection,
      where: { slug: { equals: slug } },
      depth: 0,
      overrideAccess: true,
    })
    return docs[0]!.id
  }
  return {
    article: await idOf('articles', SEED_SLUG),
    section: await idOf('sections', 'world'),
    lavrov: await idOf('people', 'sergey-lavrov'),
  }
}

/** Two more published stories in World and an unpublished draft, imported as the wire sends them. */
const addStories = async (server: TestServer): Promise<void> => {
  const wire = wireFolder()
  const registry = await loadRegistryFile(SEED_REGISTRY_FILE)
  const page = (
    name: string,
    headline: string,
    printedDate: string,
    body: string[],
    tags: string[],
  ) => wire.write(name, wirePageText({ headline, printedDate, paragraphs: body, tags }))
  await importWireFiles(
    server.payload,
    [
      page(
        'lavrov.txt',
        'Lavrov Says NATO Must Listen',
        'December 9, 2011, Friday // 10:15',
        ['"We want guarantees, not promises," Lavrov said in Brussels.'],
        ['Sergey Lavrov', 'NATO'],
      ),
      page(
        'russia.txt',
        'Russia Counts the Cost',
        'December 10, 2011, Saturday // 09:00',
        ['Talks went on.'],
        ['Russia'],
      ),
    ],
    { registry, isPublishing: true },
  )
  await importWireFiles(
    server.payload,
    [
      page(
        'draft.txt',
        DRAFT_HEADLINE,
        'December 11, 2011, Sunday // 18:00',
        ['Not for publication yet.'],
        ['Sergey Lavrov', 'Hillary Clinton'],
      ),
    ],
    { registry },
  )
}
