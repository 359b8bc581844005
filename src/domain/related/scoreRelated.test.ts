import { describe, expect, test } from 'vitest'

import { scoreRelated } from './scoreRelated'
import type { RelatedArticleFacts } from './scoreRelated'

const SUBJECT: RelatedArticleFacts = {
  id: 'nato-russia-missile-shield',
  publishedAt: '2011-12-08T14:58:00.000Z',
  people: ['sergey-lavrov', 'hillary-clinton'],
  organizations: ['nato', 'nato-russia-council'],
  tags: ['missile-defense', 'russia'],
}

const article = (
  id: string,
  daysAfter: number,
  facts: Partial<RelatedArticleFacts>,
): RelatedArticleFacts => ({
  id,
  publishedAt: new Date(Date.parse(SUBJECT.publishedAt) + daysAfter * 86_400_000).toISOString(),
  people: [],
  organizations: [],
  tags: [],
  ...facts,
})

const CASES: Array<
  [
    label: string,
    candidates: RelatedArticleFacts[],
    options: { limit?: number; halfLifeDays?: number },
    expected: Array<[id: string, score: number]>,
  ]
> = [
  [
    'a shared person outweighs a shared organisation',
    [
      article('org', 0, { organizations: ['nato'] }),
      article('person', 0, { people: ['sergey-lavrov'] }),
    ],
    {},
    [
      ['person', 3],
      ['org', 2],
    ],
  ],
  [
    'weights add up',
    [article('all', 0, { people: ['hillary-clinton'], organizations: ['nato'], tags: ['russia'] })],
    {},
    [['all', 6]],
  ],
  [
    'one half-life halves the score',
    [article('month-later', 30, { people: ['sergey-lavrov'] })],
    {},
    [['month-later', 1.5]],
  ],
  [
    'older stories fade like newer ones',
    [article('month-earlier', -30, { people: ['sergey-lavrov'] })],
    {},
    [['month-earlier', 1.5]],
  ],
  [
    'a shorter half-life fades faster',
    [article('week-later', 7, { tags: ['russia'] })],
    { halfLifeDays: 7 },
    [['week-later', 0.5]],
  ],
  ['the subject itself is excluded', [{ ...SUBJECT }], {}, []],
  [
    'nothing shared, nothing returned',
    [article('unrelated', 0, { people: ['someone-else'], tags: ['sport'] })],
    {},
    [],
  ],
  [
    'a recent weaker match can beat an old stronger one',
    [
      article('old', -90, { people: ['sergey-lavrov', 'hillary-clinton'] }),
      article('new', 1, { tags: ['russia'] }),
    ],
    {},
    [
      ['new', 0.5 ** (1 / 30)],
      ['old', 6 * 0.5 ** 3],
    ],
  ],
  [
    'ties go to the more recent story',
    [article('earlier', -1, { tags: ['russia'] }), article('later', 1, { tags: ['russia'] })],
    {},
    [
      ['later', 0.5 ** (1 / 30)],
      ['earlier', 0.5 ** (1 / 30)],
    ],
  ],
  [
    'the limit is applied after sorting',
    [
      article('a', 0, { tags: ['russia'] }),
      article('b', 0, { people: ['hillary-clinton'] }),
      article('c', 0, { organizations: ['nato'] }),
    ],
    { limit: 2 },
    [
      ['b', 3],
      ['c', 2],
    ],
  ],
  [
    'duplicate keys count once',
    [article('dupes', 0, { tags: ['russia', 'russia'] })],
    {},
    [['dupes', 1]],
  ],
]

describe('scoreRelated', () => {
  test.each(CASES)('%s', (_label, candidates, options, expected) => {
    const ranked = scoreRelated(SUBJECT, candidates, options)
    expect(ranked.map((item) => item.id)).toEqual(expected.map(([id]) => id))
    ranked.forEach((item, index) =>
      expect(item.score).toBeCloseTo(expected[index]?.[1] ?? Number.NaN, 10),
    )
  })

  test('reasons list what is shared, people first', () => {
    const [best] = scoreRelated(SUBJECT, [
      article('x', 0, {
        tags: ['missile-defense'],
        organizations: ['nato'],
        people: ['sergey-lavrov', 'dmitry-rogozin'],
      }),
    ])
    expect(best?.reasons).toEqual([
      { kind: 'person', id: 'sergey-lavrov' },
      { kind: 'organization', id: 'nato' },
      { kind: 'tag', id: 'missile-defense' },
    ])
  })
})
