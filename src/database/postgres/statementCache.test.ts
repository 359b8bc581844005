import { describe, expect, test } from 'vitest'

import { statementNames, textToName } from './statementCache'

/** Texts sent in order, and the name each send goes out with (undefined: unnamed). */
const NAMING_CASES: Array<[string, number, string[], Array<string | undefined>]> = [
  [
    'a text is named on its second send, and keeps that name',
    5,
    ['a', 'a', 'a'],
    [undefined, 'newsroom_1', 'newsroom_1'],
  ],
  ['a text sent once is never named', 5, ['a', 'b', 'a'], [undefined, undefined, 'newsroom_1']],
  [
    'each text gets its own name',
    5,
    ['a', 'b', 'b', 'a'],
    [undefined, undefined, 'newsroom_1', 'newsroom_2'],
  ],
  [
    'past the limit, new texts go unnamed and named ones keep their names',
    1,
    ['a', 'a', 'b', 'b', 'a'],
    [undefined, 'newsroom_1', undefined, undefined, 'newsroom_1'],
  ],
]

describe('which statements are sent named', () => {
  test.each(NAMING_CASES)('%s', (_, limit, texts, expected) => {
    const nameOf = statementNames(limit)
    expect(texts.map((text) => nameOf(text))).toEqual(expected)
  })

  test('the texts seen once are forgotten in bulk, so one-offs cannot grow without bound', () => {
    const nameOf = statementNames(1)
    nameOf('hot')
    // Five times the limit of one-offs fills the memory of texts seen once; the next one clears it.
    for (const oneOff of ['1', '2', '3', '4', '5', '6']) nameOf(oneOff)
    expect(nameOf('hot')).toBeUndefined()
    expect(nameOf('hot')).toBe('newsroom_1')
  })
})

const noop = () => {}
const SELECT = 'SELECT name FROM people WHERE id = $1'

/** How pg's `query` may be called, and the text worth naming (null: sent as it is). */
const QUERY_CASES: Array<[string, unknown[], null | string]> = [
  ['text and values', [SELECT, [7]], SELECT],
  ['a config with values', [{ text: SELECT, values: [7] }], SELECT],
  [
    'a config, values beside it (as drizzle sends)',
    [{ text: SELECT, name: undefined, rowMode: 'array' }, [7]],
    SELECT,
  ],
  ['no values (BEGIN, a migration)', ['BEGIN'], null],
  ['empty values', [{ text: 'SELECT 1' }, []], null],
  ['already named', [{ text: SELECT, name: 'mine' }, [7]], null],
  ['a callback', [SELECT, [7], noop], null],
  [
    'a cursor or stream (pg runs the object itself)',
    [{ text: SELECT, values: [7], submit: noop }],
    null,
  ],
]

describe('which calls of pg may be named', () => {
  test.each(QUERY_CASES)('%s', (_, args, expected) => {
    expect(textToName(args)).toBe(expected)
  })
})
