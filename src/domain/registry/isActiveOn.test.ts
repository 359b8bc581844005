import { describe, expect, test } from 'vitest'

import { isActiveOn } from './isActiveOn'

const CLINTON = { from: '2009-01-21', to: '2013-02-01' }
const ROGOZIN = { from: '2008-01', to: '2011-12' }
const LAVROV = { from: '2004-03-09', to: null }

describe('isActiveOn', () => {
  test.each([
    ['inside the term', CLINTON, '2011-12-08', true],
    ['on the first day', CLINTON, '2009-01-21', true],
    ['on the last day', CLINTON, '2013-02-01', true],
    ['the day before', CLINTON, '2009-01-20', false],
    ['the day after', CLINTON, '2013-02-02', false],
    ['an ISO instant uses its date', CLINTON, '2011-12-08T14:58:00.000Z', true],
    ['a month-precision start covers the whole month', ROGOZIN, '2008-01-01', true],
    ['a month-precision end covers the whole month', ROGOZIN, '2011-12-31', true],
    ['after a month-precision end', ROGOZIN, '2012-01-01', false],
    ['an open term', LAVROV, '2030-01-01', true],
    ['before an open term', LAVROV, '2004-03-08', false],
    ['a year-precision end', { from: '2000', to: '2004' }, '2004-12-31', true],
    ['February in a leap year', { from: '2000', to: '2012-02' }, '2012-02-29', true],
  ])('%s', (_label, position, date, expected) => {
    expect(isActiveOn(position, date)).toBe(expected)
  })
})
