import { describe, expect, test } from 'vitest'

import { richTextFromParagraphs } from '../richText'
import { checkContentGates } from './contentGates'
import type { GateInput } from './contentGates'

const READY: GateInput = {
  headline: 'NATO, Russia Still at Odds over Missile Shield',
  slug: 'nato-russia-still-at-odds',
  section: 1,
  body: richTextFromParagraphs(['NATO Foreign Ministers have failed to make headway.']),
  leadImage: { alt: 'Ministers at NATO headquarters', creditLine: 'EPA/BGNES' },
  tags: [1],
  people: [],
  organizations: [],
}

const CASES: Array<[label: string, change: Partial<GateInput>, paths: string[]]> = [
  ['a ready story passes', {}, []],
  ['no lead image is fine', { leadImage: null }, []],
  ['a person alone is enough', { tags: [], people: [3] }, []],
  ['an organisation alone is enough', { tags: null, organizations: [4] }, []],
  ['a blank headline', { headline: '  ' }, ['headline']],
  ['no slug', { slug: null }, ['slug']],
  ['no section', { section: null }, ['section']],
  ['an empty body', { body: richTextFromParagraphs(['', ' ']) }, ['body']],
  ['no body', { body: null }, ['body']],
  ['a lead image without alt text', { leadImage: { alt: '', creditLine: 'EPA' } }, ['leadImage']],
  ['a lead image without a credit', { leadImage: { alt: 'Ministers' } }, ['leadImage']],
  [
    'a lead image with neither',
    { leadImage: { alt: null, creditLine: null } },
    ['leadImage', 'leadImage'],
  ],
  ['no tag, person or organisation', { tags: [], people: null, organizations: [] }, ['tags']],
  [
    'everything missing',
    { headline: '', slug: '', section: undefined, body: undefined, tags: [] },
    ['headline', 'slug', 'section', 'body', 'tags'],
  ],
]

describe('checkContentGates', () => {
  test.each(CASES)('%s', (_label, change, paths) => {
    expect(checkContentGates({ ...READY, ...change }).map((failure) => failure.path)).toEqual(paths)
  })

  test('each failure says what is missing', () => {
    expect(checkContentGates({ ...READY, leadImage: { alt: 'x', creditLine: '' } })).toEqual([
      { path: 'leadImage', message: 'The lead image needs a credit line' },
    ])
  })
})
