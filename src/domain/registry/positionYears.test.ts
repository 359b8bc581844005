import { describe, expect, test } from 'vitest'

import { positionLabel, positionYears } from './positionYears'
import type { HeldPosition } from './positionYears'

describe('positionYears', () => {
  test.each<[HeldPosition, string | undefined]>([
    [{ from: '2004-03-09T12:00:00.000Z', to: '2012-05-21T12:00:00.000Z' }, '2004–2012'],
    [{ from: '2004-03-09T12:00:00.000Z' }, 'since 2004'],
    [{ from: '2004-03-09T12:00:00.000Z', to: null }, 'since 2004'],
    [{ to: '2012-05-21T12:00:00.000Z' }, 'until 2012'],
    [{ from: '2011-01-01T12:00:00.000Z', to: '2011-09-01T12:00:00.000Z' }, '2011'],
    [{}, undefined],
    [{ from: 'soon' }, undefined],
  ])('%j is %j', (position, expected) => {
    expect(positionYears(position)).toBe(expected)
  })
})

describe('positionLabel', () => {
  test.each<[HeldPosition & { title?: null | string }, string]>([
    [
      { title: 'Foreign Minister', from: '2004-03-09T12:00:00.000Z' },
      'Foreign Minister, since 2004',
    ],
    [
      {
        title: 'Ambassador to the UN',
        from: '1994-04-01T12:00:00.000Z',
        to: '2004-03-09T12:00:00.000Z',
      },
      'Ambassador to the UN, 1994–2004',
    ],
    [{ title: ' Councillor ' }, 'Councillor'],
    [{ title: '', from: '2004-03-09T12:00:00.000Z' }, 'Untitled position, since 2004'],
  ])('%j is labelled %j', (position, expected) => {
    expect(positionLabel(position)).toBe(expected)
  })
})
