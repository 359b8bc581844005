import { describe, expect, test } from 'vitest'

import { creditedAuthors, joinNames } from './creditedAuthors'
import type { Credit } from './creditedAuthors'
import { publicationContext } from './publicationContext'
import type { PublishableArticle } from './types'

const context = publicationContext({ siteName: 'Newsroom', siteUrl: 'https://news.example.com' })

const story = (changes: Partial<PublishableArticle>): PublishableArticle => ({
  id: 1,
  headline: 'Headline',
  slug: 'headline',
  publishedAt: '2011-12-08T14:58:00Z',
  ...changes,
})

const CASES: Array<[string, Partial<PublishableArticle>, Credit[]]> = [
  [
    'a byline is credited to its writers',
    {
      authors: [
        { name: 'Jane Doe', url: 'https://news.example.com/people/jane-doe' },
        { name: ' Ivan Petrov ' },
      ],
      sourceAgencies: [{ name: 'Deutsche Presse-Agentur', slug: 'dpa', kind: 'news_agency' }],
    },
    [
      { kind: 'person', name: 'Jane Doe', url: 'https://news.example.com/people/jane-doe' },
      { kind: 'person', name: 'Ivan Petrov', url: undefined },
    ],
  ],
  [
    'a wire story without a byline is credited to its source agency',
    {
      authors: [],
      sourceAgencies: [
        { name: 'Agence France-Presse', slug: 'afp', kind: 'news_agency', wikidataId: 'Q40464' },
      ],
    },
    [{ kind: 'organization', name: 'Agence France-Presse', wikidataId: 'Q40464' }],
  ],
  [
    'an agency that only supplied the photo is not the author',
    {
      sourceAgencies: [{ name: 'BGNES', slug: 'bgnes', kind: 'photo_agency' }],
      leadImage: {
        url: 'https://example.com/p.jpg',
        alt: 'A photo',
        agencies: [{ name: 'BGNES', slug: 'bgnes', kind: 'photo_agency' }],
      },
    },
    [{ kind: 'organization', name: 'Newsroom', url: 'https://news.example.com' }],
  ],
  [
    'a blank author name does not count as a byline',
    { authors: [{ name: '  ' }] },
    [{ kind: 'organization', name: 'Newsroom', url: 'https://news.example.com' }],
  ],
  [
    'with neither, the publisher',
    {},
    [{ kind: 'organization', name: 'Newsroom', url: 'https://news.example.com' }],
  ],
]

describe('creditedAuthors', () => {
  test.each(CASES)('%s', (_name, changes, expected) => {
    expect(creditedAuthors(story(changes), context)).toStrictEqual(expected)
  })
})

const NAME_CASES: Array<[string[], string]> = [
  [[], ''],
  [['Jane Doe'], 'Jane Doe'],
  [['Jane Doe', 'Ivan Petrov'], 'Jane Doe and Ivan Petrov'],
  [['A', 'B', 'C'], 'A, B and C'],
]

describe('joinNames', () => {
  test.each(NAME_CASES)('%j reads %j', (names, expected) => {
    expect(joinNames(names)).toBe(expected)
  })
})
