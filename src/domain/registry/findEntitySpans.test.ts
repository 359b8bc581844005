import { describe, expect, test } from 'vitest'

import { findEntitySpans } from './findEntitySpans'
import { loadSeedRegistry } from './seedRegistry.testing'

const seed = loadSeedRegistry()
// The Hague, a place whose name holds William Hague's alias.
const registry = {
  ...seed,
  tags: [
    ...seed.tags,
    {
      key: 'the-hague',
      name: 'The Hague',
      slug: 'the-hague',
      kind: 'place' as const,
      aliases: [],
      wikidataId: null,
    },
  ],
}

const spansOf = (text: string) =>
  findEntitySpans(text, registry).map(({ start, end, text: printed }) => ({
    start,
    end,
    text: printed,
  }))

describe('findEntitySpans', () => {
  test.each<
    [label: string, text: string, expected: Array<{ start: number; end: number; text: string }>]
  >([
    ['a name', 'Lavrov said', [{ start: 0, end: 6, text: 'Lavrov' }]],
    [
      'the longest name wins',
      'the NATO-Russia Council met',
      [{ start: 4, end: 23, text: 'NATO-Russia Council' }],
    ],
    ['a possessive still matches', "NATO's summit", [{ start: 0, end: 4, text: 'NATO' }]],
    ['no match inside a word', 'Lavrovian logic and NATOs', []],
    ['accents in the text', 'Sergéy Lávrov spoke', [{ start: 0, end: 13, text: 'Sergéy Lávrov' }]],
    [
      'a place shadows the alias inside it',
      'talks in The Hague',
      [{ start: 9, end: 18, text: 'The Hague' }],
    ],
    [
      'a title and a name side by side',
      'US Secretary of State Hillary Clinton',
      [
        { start: 0, end: 21, text: 'US Secretary of State' },
        { start: 22, end: 37, text: 'Hillary Clinton' },
      ],
    ],
    [
      'double spaces are kept in offsets',
      'Hillary  Clinton',
      [{ start: 0, end: 16, text: 'Hillary  Clinton' }],
    ],
  ])('%s', (_label, text, expected) => {
    expect(spansOf(text)).toEqual(expected)
  })
})
