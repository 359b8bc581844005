import { describe, expect, test } from 'vitest'

import { emptyValuePaths, expectMatchesGolden } from './golden.testing'
import { ninjsSchemaErrors } from './ninjsSchema.testing'
import { seedArticle, TEST_CONTEXT } from './seedArticle.testing'
import { toNinjs } from './toNinjs'
import { ARTICLE_VARIANTS } from './variants.testing'

// Golden file: test/fixtures/publishing/seed-story.ninjs.json. After an intended change to the
// mapping, regenerate it with UPDATE_GOLDEN=1 npx vitest run --project unit src/domain/publishing
// and review the diff by eye before committing it.

const seed = seedArticle()

test('the seed story maps to the committed ninjs', async () => {
  await expectMatchesGolden('seed-story.ninjs.json', toNinjs(seed, TEST_CONTEXT))
})

describe('every variant is valid IPTC ninjs 3.1 and says nothing empty', () => {
  test.each(ARTICLE_VARIANTS)('%s', (_name, article) => {
    const ninjs = toNinjs(article, TEST_CONTEXT)
    expect(ninjsSchemaErrors(ninjs)).toEqual([])
    expect(emptyValuePaths(ninjs)).toEqual([])
  })
})

// The validator must be able to say no, or the test above proves nothing.
const BROKEN: Array<[string, (ninjs: Record<string, unknown>) => unknown, string]> = [
  ['no uri', ({ uri: _uri, ...rest }) => rest, "must have required property 'uri'"],
  [
    'ninjs 1.x lower-case names',
    ({ versionCreated, ...rest }) => ({ ...rest, versioncreated: versionCreated }),
    'unevaluated',
  ],
  ['an unknown pubStatus', (ninjs) => ({ ...ninjs, pubStatus: 'published' }), 'allowed values'],
  [
    'a date without a time zone',
    (ninjs) => ({ ...ninjs, versionCreated: '2011-12-08 14:58' }),
    'date-time',
  ],
  ['a relative uri', (ninjs) => ({ ...ninjs, uri: '/api/articles/1' }), '"uri"'],
  [
    'a count that is a string',
    (ninjs) => ({ ...ninjs, bodies: [{ value: 'x', wordCount: '1' }] }),
    'integer',
  ],
  [
    'an association without a name',
    (ninjs) => ({
      ...ninjs,
      associations: [{ uri: 'https://example.com/p.jpg', type: 'picture' }],
    }),
    "must have required property 'name'",
  ],
  [
    'geoJSON the stand-in schema cannot check',
    (ninjs) => ({ ...ninjs, places: [{ name: 'Brussels', geoJSON: {} }] }),
    'geoJSON must NOT be valid',
  ],
]

describe('the schema check rejects broken ninjs', () => {
  test.each(BROKEN)('%s', (_name, breakIt, message) => {
    const errors = ninjsSchemaErrors(breakIt({ ...toNinjs(seed, TEST_CONTEXT) }))
    expect(errors.join('\n')).toContain(message)
  })
})

test('people are about the story when quoted or named up top, else mentioned, with Wikidata URIs', () => {
  const people = toNinjs(seed, TEST_CONTEXT).people ?? []
  expect(people.find((person) => person.name === 'Sergey Lavrov')).toEqual({
    name: 'Sergey Lavrov',
    rel: 'about',
    uri: 'https://www.wikidata.org/wiki/Q58217',
    literal: 'sergey-lavrov',
  })
  expect(people.find((person) => person.name === 'Dmitry Medvedev')?.rel).toBe('mentioned')
})

test('the source agency and the photo agencies are info sources with their roles', () => {
  expect(
    toNinjs(seed, TEST_CONTEXT).infoSources?.map(({ name, role }) => `${role}: ${name}`),
  ).toEqual([
    'source: Deutsche Presse-Agentur',
    'photo: European Pressphoto Agency',
    'photo: BGNES',
  ])
})

test('corrections are descriptions with the role "correction", oldest first', () => {
  const ninjs = toNinjs(
    {
      ...seed,
      corrections: [
        { text: 'Second fix.', date: '2011-12-10T08:00:00Z' },
        { text: 'First fix.', date: '2011-12-09T09:00:00Z' },
      ],
    },
    TEST_CONTEXT,
  )
  expect(ninjs.descriptions).toEqual([
    { role: 'correction', value: 'First fix.' },
    { role: 'correction', value: 'Second fix.' },
  ])
})

test('a staff story: standfirst as subheadline, dateline as located, byline, version and related stories', () => {
  const ninjs = toNinjs(
    {
      ...seed,
      standfirst: 'Moscow wants guarantees.',
      dateline: { place: 'Brussels', filedAt: '2011-12-08T14:00:00Z' },
      createdAt: '2011-12-08T13:00:00Z',
      updatedAt: '2011-12-08T16:00:00Z',
      version: 3,
      authors: [{ name: 'Jane Doe' }, { name: 'Ivan Petrov' }],
      relatedLinks: [
        { kind: 'article', id: 7, headline: 'Russia Warns NATO', slug: 'russia-warns-nato' },
        { kind: 'external', title: 'NATO statement', url: 'https://www.nato.int/news.htm' },
        { kind: 'external', title: 'A story the wire did not link' },
      ],
    },
    TEST_CONTEXT,
  )
  expect(ninjs).toMatchObject({
    version: '3',
    contentCreated: '2011-12-08T14:00:00.000Z',
    firstCreated: '2011-12-08T13:00:00.000Z',
    versionCreated: '2011-12-08T16:00:00.000Z',
    located: 'Brussels',
    by: 'Jane Doe and Ivan Petrov',
    headlines: [
      { role: 'main', value: seed.headline },
      { role: 'subheadline', value: 'Moscow wants guarantees.' },
    ],
  })
  expect(ninjs.associations?.map(({ rel, name, uri }) => ({ rel, name, uri }))).toEqual([
    { rel: 'leadImage', name: seed.leadImage?.alt, uri: 'https://news.example.com/api/media/1' },
    { rel: 'seeAlso', name: 'Russia Warns NATO', uri: 'https://news.example.com/api/articles/7' },
    { rel: 'seeAlso', name: 'NATO statement', uri: 'https://www.nato.int/news.htm' },
  ])
})

test('the HTML body is built from escaped paragraphs of the Lexical body when no paragraphs are given', () => {
  const variant = ARTICLE_VARIANTS.find(([name]) => name.includes('Lexical'))?.[1]
  expect(variant).toBeDefined()
  const [html, plain] = toNinjs(variant!, TEST_CONTEXT).bodies ?? []
  expect(html?.value).toBe(
    '<p>Ministers met &lt;again&gt; &amp; &quot;talked&quot;.</p>\n<p>Nobody agreed.</p>',
  )
  expect(plain?.value).toBe('Ministers met <again> & "talked".\n\nNobody agreed.')
})
