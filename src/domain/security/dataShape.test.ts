import { describe, expect, test } from 'vitest'

import { dataShapeProblems } from './dataShape'
import type { FieldShape } from './dataShape'

const FIELDS: FieldShape[] = [
  { name: 'headline', type: 'text' },
  {
    name: 'dateline',
    type: 'group',
    fields: [
      { name: 'place', type: 'text' },
      { name: 'meta', type: 'group', fields: [{ name: 'x', type: 'text' }] },
    ],
  },
  {
    name: 'positions',
    type: 'array',
    fields: [
      { name: 'title', type: 'text' },
      { name: 'term', type: 'group', fields: [] },
    ],
  },
  { name: 'layout', type: 'blocks' },
]

const CASES: Array<[label: string, data: Record<string, unknown>, expected: string[]]> = [
  ['well-formed data', { headline: 'x', dateline: { place: 'Brussels' }, positions: [{}] }, []],
  ['absent and null values are left to validation', { dateline: null, positions: undefined }, []],
  ['wrong scalar types are left to validation', { headline: 12345 }, []],
  ['a group sent as text', { dateline: 'Brussels' }, ['dateline must be an object of its fields']],
  ['a group sent as a list', { dateline: [] }, ['dateline must be an object of its fields']],
  [
    'a group inside a group',
    { dateline: { meta: 5 } },
    ['dateline.meta must be an object of its fields'],
  ],
  [
    'an array sent as an object',
    { positions: { title: 'x' } },
    ['positions must be a list of objects'],
  ],
  ['an array of text', { positions: ['x'] }, ['positions must be a list of objects']],
  [
    'a group inside an array row',
    { positions: [{ term: 'x' }] },
    ['positions.0.term must be an object of its fields'],
  ],
  ['blocks sent as text', { layout: 'x' }, ['layout must be a list of objects']],
  ['no rows, as the admin form sends them', { positions: 0, layout: '0' }, []],
  ['a count other than none', { positions: 2 }, ['positions must be a list of objects']],
]

describe('dataShapeProblems', () => {
  test.each(CASES)('%s', (_label, data, expected) => {
    expect(dataShapeProblems(data, FIELDS)).toEqual(expected)
  })
})
