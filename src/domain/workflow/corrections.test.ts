import { describe, expect, test } from 'vitest'

import { checkCorrections } from './corrections'
import type { Correction } from './corrections'

const FIRST: Correction = {
  id: 'a',
  text: 'An earlier version misspelt Lavrov.',
  date: '2011-12-09T10:00:00.000Z',
}
const SECOND: Correction = {
  text: 'The meeting was on 8 December.',
  date: '2011-12-10T10:00:00.000Z',
}

const CASES: Array<
  [
    label: string,
    before: Correction[],
    after: Correction[],
    published: boolean,
    added: number,
    problem: RegExp | null,
  ]
> = [
  ['no corrections', [], [], false, 0, null],
  ['the first correction after publication', [], [SECOND], true, 1, null],
  ['another correction after the first', [FIRST], [FIRST, SECOND], true, 1, null],
  ['unchanged corrections', [FIRST], [FIRST], true, 0, null],
  [
    'a date in another spelling of the same instant',
    [FIRST],
    [{ ...FIRST, date: '2011-12-09T11:00:00+01:00' }],
    true,
    0,
    null,
  ],
  [
    'a correction before publication',
    [],
    [SECOND],
    false,
    0,
    /only after the story has been published/,
  ],
  ['a removed correction', [FIRST], [], true, 0, /permanent/],
  [
    'an edited correction',
    [FIRST],
    [{ ...FIRST, text: 'Nothing happened.' }],
    true,
    0,
    /permanent/,
  ],
  [
    'a redated correction',
    [FIRST],
    [{ ...FIRST, date: '2012-01-01T00:00:00.000Z' }],
    true,
    0,
    /permanent/,
  ],
  ['a replaced list', [FIRST], [SECOND], true, 0, /permanent/],
]

describe('checkCorrections', () => {
  test.each(CASES)('%s', (_label, before, after, hasBeenPublished, added, problem) => {
    const check = checkCorrections({ before, after, hasBeenPublished })
    expect(check.added).toHaveLength(added)
    if (problem) expect(check.problem).toMatch(problem)
    else expect(check.problem).toBeNull()
  })
})
