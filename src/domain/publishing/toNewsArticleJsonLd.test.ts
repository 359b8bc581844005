import { describe, expect, test } from 'vitest'

import { emptyValuePaths, expectMatchesGolden } from './golden.testing'
import { seedArticle, TEST_CONTEXT } from './seedArticle.testing'
import { toNewsArticleJsonLd } from './toNewsArticleJsonLd'
import { ARTICLE_VARIANTS } from './variants.testing'

// Golden file: test/fixtures/publishing/seed-story.jsonld.json. After an intended change to the
// mapping, regenerate it with UPDATE_GOLDEN=1 npx vitest run --project unit src/domain/publishing
// and review the diff by eye before committing it.

const seed = seedArticle()

test('the seed story maps to the committed NewsArticle JSON-LD', async () => {
  await expectMatchesGolden('seed-story.jsonld.json', toNewsArticleJsonLd(seed, TEST_CONTEXT))
})

describe('every variant says nothing empty', () => {
  test.each(ARTICLE_VARIANTS)('%s', (_name, article) => {
    expect(emptyValuePaths(toNewsArticleJsonLd(article, TEST_CONTEXT))).toEqual([])
  })
})

test('the seed story credits its source agency as author and publisher is the site', () => {
  const jsonLd = toNewsArticleJsonLd(seed, TEST_CONTEXT)
  expect(jsonLd.author).toEqual([{ '@type': 'Organization', name: 'Deutsche Presse-Agentur' }])
  expect(jsonLd.sourceOrganization?.map((agency) => agency.name)).toEqual([
    'Deutsche Presse-Agentur',
  ])
  expect(jsonLd.image?.creator?.map((agency) => agency.name)).toEqual([
    'European Pressphoto Agency',
    'BGNES',
  ])
})

test('Lavrov and NATO link to Wikidata; entities without an ID carry no sameAs', () => {
  const jsonLd = toNewsArticleJsonLd(seed, TEST_CONTEXT)
  const entities = [...(jsonLd.about ?? []), ...(jsonLd.mentions ?? [])]
  const sameAs = Object.fromEntries(
    entities.map((entity) => [entity.name, 'sameAs' in entity ? entity.sameAs : null]),
  )
  expect(sameAs).toMatchObject({
    'Sergey Lavrov': 'https://www.wikidata.org/wiki/Q58217',
    NATO: 'https://www.wikidata.org/wiki/Q7184',
    'Guido Westerwelle': null,
    'NATO-Russia Council': null,
  })
})

test('corrections are CorrectionComments, oldest first, and move dateModified', () => {
  const jsonLd = toNewsArticleJsonLd(
    {
      ...seed,
      updatedAt: '2011-12-09T09:00:00Z',
      corrections: [
        { text: 'Second fix.', date: '2011-12-10T08:00:00Z' },
        { text: 'First fix.', date: '2011-12-09T09:00:00Z' },
      ],
    },
    TEST_CONTEXT,
  )
  expect(jsonLd.correction).toEqual([
    { '@type': 'CorrectionComment', text: 'First fix.', datePublished: '2011-12-09T09:00:00.000Z' },
    {
      '@type': 'CorrectionComment',
      text: 'Second fix.',
      datePublished: '2011-12-10T08:00:00.000Z',
    },
  ])
  expect(jsonLd.dateModified).toBe('2011-12-10T08:00:00.000Z')
  expect(jsonLd.datePublished).toBe('2011-12-08T14:58:00.000Z')
})

test('a staff story has its writers as authors, its dateline and standfirst, and a truncated headline', () => {
  const headline = `${'Missile shield '.repeat(10)}talks`
  const jsonLd = toNewsArticleJsonLd(
    {
      ...seed,
      headline,
      standfirst: 'Moscow wants guarantees.',
      dateline: { place: 'Brussels' },
      authors: [{ name: 'Jane Doe', url: 'https://news.example.com/people/jane-doe' }],
    },
    TEST_CONTEXT,
  )
  expect(jsonLd.author).toEqual([
    { '@type': 'Person', name: 'Jane Doe', url: 'https://news.example.com/people/jane-doe' },
  ])
  expect(jsonLd.dateline).toBe('Brussels')
  expect(jsonLd.description).toBe('Moscow wants guarantees.')
  expect([...jsonLd.headline].length).toBeLessThanOrEqual(110)
  expect(jsonLd.headline.endsWith('…')).toBe(true)
})

test('a story without a lead image has no image property', () => {
  expect(toNewsArticleJsonLd({ ...seed, leadImage: undefined }, TEST_CONTEXT)).not.toHaveProperty(
    'image',
  )
})
