import { describe, expect, test } from 'vitest'

import { withEachIndexOnce } from './push'

// Drizzle Kit's plan for two rebuilt tables that other tables reference: the second DROP must run
// with foreign keys off too, so none of these repeats may go.
const TWO_REBUILDS = [
  'PRAGMA foreign_keys=OFF;',
  'DROP TABLE `a`;',
  'PRAGMA foreign_keys=ON;',
  'PRAGMA foreign_keys=OFF;',
  'DROP TABLE `b`;',
  'PRAGMA foreign_keys=ON;',
]

describe('withEachIndexOnce', () => {
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
    [
      'the first of each index kept, in order',
      [
        'CREATE UNIQUE INDEX u ON t (x)',
        'CREATE INDEX i ON t (y)',
        'create unique index u ON t (x)',
        'CREATE UNIQUE INDEX u ON t (x)',
      ],
      [
        'CREATE UNIQUE INDEX u ON t (x)',
        'CREATE INDEX i ON t (y)',
        'create unique index u ON t (x)',
      ],
    ],
    [
      'two rebuilt tables others reference: each keeps its foreign-key switch',
      TWO_REBUILDS,
      TWO_REBUILDS,
    ],
  ])('%s', (_name, statements, expected) => {
    expect(withEachIndexOnce(statements)).toEqual(expected)
  })
})
