import { expect, test } from 'vitest'

import { describeSpeaker } from './describeSpeaker'

test.each<[before: string, after: string, expected: string | null]>([
  ['One Russian official ', ' it Thursday as an', 'One Russian official'],
  ['a ministry spokesperson ', '', 'a ministry spokesperson'],
  [
    'A senior eurozone official ',
    ' reporters in Brussels that the vote was',
    'A senior eurozone official',
  ],
  ['one of them ', '', 'one of them'],
  ['But diplomats ', '', 'diplomats'],
  ['', ' a police official, adding that', 'a police official'],
  ['he ', '', null],
  ['Vladimir Putin ', '', null],
  ['', ' the US State Secretary', 'the US State Secretary'],
  ['It ', '', null],
  ['', '', null],
  ['The long and winding list of people who were at the meeting on Monday ', '', null],
])('%j … %j → %j', (before, after, expected) => {
  expect(describeSpeaker(before, after)).toBe(expected)
})
