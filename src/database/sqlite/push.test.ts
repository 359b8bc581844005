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
      'the first of each index kept, in order, whatever the case of its name',
      [
        'CREATE UNIQUE INDEX u ON t (x)',
        'CREATE INDEX i ON t (y)',
        'create unique index U on T (x)',
        'CREATE UNIQUE INDEX u ON t (x)',
      ],
      ['CREATE UNIQUE INDEX u ON t (x)', 'CREATE INDEX i ON t (y)'],
    ],
    [
      'two rebuilt tables others reference: each keeps its foreign-key switch',
      TWO_REBUILDS,
      TWO_REBUILDS,
    ],
    [
      'as Drizzle Kit writes them: the repeat after another table was dropped still goes',
      [
        'CREATE UNIQUE INDEX `u` ON `t` (`x`);',
        'DROP TABLE `other`;',
        'CREATE UNIQUE INDEX `u` ON `t` (`x`);',
      ],
      ['CREATE UNIQUE INDEX `u` ON `t` (`x`);', 'DROP TABLE `other`;'],
    ],
    [
      'an index of a table renamed and then dropped can be created again',
      [
        'CREATE INDEX `i` ON `__new_t` (`x`);',
        'ALTER TABLE `__new_t` RENAME TO `t`;',
        'DROP TABLE `t`;',
        'CREATE INDEX `i` ON `t` (`x`);',
      ],
      [
        'CREATE INDEX `i` ON `__new_t` (`x`);',
        'ALTER TABLE `__new_t` RENAME TO `t`;',
        'DROP TABLE `t`;',
        'CREATE INDEX `i` ON `t` (`x`);',
      ],
    ],
    [
      'an index dropped and created again is kept',
      ['CREATE INDEX `i` ON `t` (`x`);', 'DROP INDEX `i`;', 'CREATE INDEX `i` ON `t` (`x`);'],
      ['CREATE INDEX `i` ON `t` (`x`);', 'DROP INDEX `i`;', 'CREATE INDEX `i` ON `t` (`x`);'],
    ],
    [
      'a table dropped takes its indexes: creating them again is kept',
      [
        'CREATE INDEX "i" ON "t" ("x");',
        'DROP TABLE IF EXISTS "t";',
        'CREATE INDEX IF NOT EXISTS "i" ON "t" ("x");',
        'CREATE INDEX "i" ON "t" ("x");',
      ],
      [
        'CREATE INDEX "i" ON "t" ("x");',
        'DROP TABLE IF EXISTS "t";',
        'CREATE INDEX IF NOT EXISTS "i" ON "t" ("x");',
      ],
    ],
  ])('%s', (_name, statements, expected) => {
    expect(withEachIndexOnce(statements)).toEqual(expected)
  })
})
