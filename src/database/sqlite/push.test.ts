import { describe, expect, test } from 'vitest'

import { withoutRepeats } from './push'

describe('withoutRepeats', () => {
  test.each([
    ['nothing', [], []],
    [
      'no repeats',
      ['CREATE TABLE a', 'CREATE INDEX i ON a (x)'],
      ['CREATE TABLE a', 'CREATE INDEX i ON a (x)'],
    ],
    [
      'a rebuilt table whose indexes are written twice',
      [
        'CREATE TABLE n',
        'DROP TABLE t',
        'CREATE INDEX i ON t (x)',
        'CREATE INDEX j ON t (y)',
        'CREATE INDEX i ON t (x)',
        'CREATE INDEX j ON t (y)',
      ],
      ['CREATE TABLE n', 'DROP TABLE t', 'CREATE INDEX i ON t (x)', 'CREATE INDEX j ON t (y)'],
    ],
    ['the first of each kept, in order', ['b', 'a', 'b', 'c', 'a'], ['b', 'a', 'c']],
  ])('%s', (_name, statements, expected) => {
    expect(withoutRepeats(statements)).toEqual(expected)
  })
})
