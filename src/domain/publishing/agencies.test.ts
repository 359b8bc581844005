import { describe, expect, test } from 'vitest'

import { photoAgencies, textAgencies } from './agencies'
import type { OrganizationRef, PublishableArticle } from './types'

const dpa: OrganizationRef = { name: 'Deutsche Presse-Agentur', slug: 'dpa', kind: 'news_agency' }
const reuters: OrganizationRef = { name: 'Reuters', slug: 'reuters', kind: 'news_agency' }
const epa: OrganizationRef = {
  name: 'European Pressphoto Agency',
  slug: 'epa',
  kind: 'photo_agency',
}
const bgnes: OrganizationRef = { name: 'BGNES', slug: 'bgnes', kind: 'photo_agency' }

const story = (
  sources: OrganizationRef[],
  photo: OrganizationRef[] | null,
): PublishableArticle => ({
  id: 1,
  headline: 'Headline',
  slug: 'headline',
  publishedAt: '2011-12-08T14:58:00Z',
  sourceAgencies: sources,
  leadImage: photo
    ? { url: 'https://example.com/p.jpg', alt: 'A photo', agencies: photo }
    : undefined,
})

const CASES: Array<[string, PublishableArticle, string[], string[]]> = [
  ['no agencies at all', story([], null), [], []],
  ['a cited news agency', story([dpa], null), ['dpa'], []],
  [
    'photo agencies the importer also listed as sources supplied only the photo',
    story([dpa, epa, bgnes], [epa, bgnes]),
    ['dpa'],
    ['epa', 'bgnes'],
  ],
  [
    'a news agency that also sent the photo supplied both',
    story([reuters], [reuters]),
    ['reuters'],
    ['reuters'],
  ],
  [
    'a photo agency not credited for this photo is a text source',
    story([epa], [bgnes]),
    ['epa'],
    ['bgnes'],
  ],
  ['duplicates are listed once', story([dpa, dpa], [epa, epa]), ['dpa'], ['epa']],
]

describe('agency roles', () => {
  test.each(CASES)('%s', (_name, article, text, photo) => {
    expect(textAgencies(article).map((agency) => agency.slug)).toEqual(text)
    expect(photoAgencies(article).map((agency) => agency.slug)).toEqual(photo)
  })
})
