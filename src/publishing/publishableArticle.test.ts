import { expect, test } from 'vitest'

import type { Article, Media, Organization, Person } from '../payload-types'
import { toPublishableArticle } from './publishableArticle'

const API = 'https://cms.example.org'
const DATES = { createdAt: '2011-12-08T15:00:00.000Z', updatedAt: '2011-12-09T10:00:00.000Z' }

const dpa = {
  id: 7,
  name: 'Deutsche Presse-Agentur',
  slug: 'dpa',
  kind: 'news_agency',
  acronym: 'DPA',
  wikidataId: '',
  ...DATES,
} as Organization
const lavrov = {
  id: 3,
  name: 'Sergey Lavrov',
  slug: 'sergey-lavrov',
  aliases: ['Lavrov'],
  wikidataId: 'Q58217',
  ...DATES,
} as Person
const photo = {
  id: 9,
  alt: 'Ministers',
  url: '/api/media/file/ministers.jpg',
  creditLine: 'EPA/BGNES',
  agencies: [dpa, 12],
  ...DATES,
} as Media

const article = (overrides: Partial<Article> = {}): Article => ({
  id: 1,
  headline: 'NATO, Russia Still at Odds',
  slug: 'nato-russia',
  publishedAt: '2011-12-08T14:58:00.000Z',
  people: [lavrov, 4],
  organizations: [],
  sourceAgencies: [dpa],
  leadImage: photo,
  relatedLinks: [
    { article: { id: 2, headline: 'Live', slug: 'live', _status: 'published' } as Article },
    { article: { id: 5, headline: 'Embargoed', slug: 'embargoed', _status: 'draft' } as Article },
    { article: 6 },
    { title: 'Elsewhere', url: 'https://example.com/story' },
  ],
  quotes: [{ text: 'We need legally binding arrangements', speaker: lavrov }, { text: 'Anon' }],
  _status: 'published',
  ...DATES,
  ...overrides,
})

test('relationships Payload could not populate are left out, populated ones become plain data', () => {
  const publishable = toPublishableArticle(article(), { apiOrigin: API })
  expect(publishable.people).toEqual([
    { name: 'Sergey Lavrov', slug: 'sergey-lavrov', aliases: ['Lavrov'], wikidataId: 'Q58217' },
  ])
  expect(publishable.sourceAgencies).toEqual([
    { name: 'Deutsche Presse-Agentur', slug: 'dpa', kind: 'news_agency', acronym: 'DPA' },
  ])
  expect(publishable.quotes).toEqual([
    { text: 'We need legally binding arrangements', speakerSlug: 'sergey-lavrov' },
    { text: 'Anon', speakerSlug: undefined },
  ])
})

test('the lead image gets an absolute URL on the API origin and keeps its credit', () => {
  expect(toPublishableArticle(article(), { apiOrigin: API }).leadImage).toMatchObject({
    id: 9,
    url: 'https://cms.example.org/api/media/file/ministers.jpg',
    alt: 'Ministers',
    creditLine: 'EPA/BGNES',
    agencies: [{ name: 'Deutsche Presse-Agentur' }],
  })
})

test.each([
  [false, ['live', 'Elsewhere']],
  [true, ['live', 'embargoed', 'Elsewhere']],
])('with isPreview %s the related links are %j', (isPreview, expected) => {
  const { relatedLinks } = toPublishableArticle(article(), { apiOrigin: API, isPreview })
  expect(relatedLinks?.map((link) => (link.kind === 'article' ? link.slug : link.title))).toEqual(
    expected,
  )
})

test('a draft never published is dated by its last change', () => {
  const draft = article({ publishedAt: null, _status: 'draft' })
  expect(toPublishableArticle(draft, { apiOrigin: API }).publishedAt).toBe(DATES.updatedAt)
})
