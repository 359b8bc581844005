import { richTextFromParagraphs } from '../richText'
import { seedArticle } from './seedArticle.testing'
import type { PublishableArticle } from './types'

const seed = seedArticle()

/** Named changes to the seed story that exercise every optional branch of both mappings. */
export const ARTICLE_VARIANTS: Array<[string, PublishableArticle]> = [
  ['the seed story', seed],
  ['no lead image', { ...seed, leadImage: undefined }],
  ['no people or organisations', { ...seed, people: [], organizations: [], quotes: [] }],
  [
    'corrections present',
    {
      ...seed,
      updatedAt: '2011-12-09T09:00:00.000Z',
      corrections: [
        {
          text: 'Rogozin was Russia\u2019s ambassador to NATO, not its deputy.',
          date: '2011-12-10T08:00:00Z',
        },
        { text: 'The summit is in Chicago in May 2012.', date: '2011-12-09T09:00:00Z' },
      ],
    },
  ],
  [
    'a bylined staff story with standfirst, dateline, links and a Lexical body',
    {
      ...seed,
      id: 'a1b2c3',
      paragraphs: undefined,
      body: richTextFromParagraphs(['Ministers met <again> & "talked".', 'Nobody agreed.']),
      standfirst: 'Moscow wants guarantees; Washington says no veto.',
      dateline: { place: 'Brussels', filedAt: '2011-12-08T14:00:00Z' },
      createdAt: '2011-12-08T13:00:00Z',
      updatedAt: '2011-12-08T16:00:00Z',
      version: 3,
      authors: [
        { name: 'Jane Doe', url: 'https://news.example.com/people/jane-doe' },
        { name: 'Ivan Petrov' },
      ],
      sourceAgencies: [],
      tags: [
        ...(seed.tags ?? []),
        { name: 'NATO Foreign Ministers meeting 2011', slug: 'nato-ministers-2011', kind: 'event' },
      ],
      relatedLinks: [
        {
          kind: 'article',
          id: 7,
          headline: 'Russia Warns NATO over Shield',
          slug: 'russia-warns-nato',
        },
        {
          kind: 'external',
          title: 'NATO statement',
          url: 'https://www.nato.int/cps/en/natolive/news 81.htm',
        },
        { kind: 'external', title: 'A story the wire did not link' },
      ],
    },
  ],
  [
    'a bare story: no tags, image, agencies or body',
    {
      id: 2,
      headline: 'Short item',
      slug: 'short-item',
      publishedAt: '2024-05-01T10:00:00Z',
    },
  ],
]
