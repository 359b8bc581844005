import { expect, test } from 'vitest'

import { describeScores, meetsThreshold, scoreImport } from './scoreImport'
import type { TypedResult } from './scoreImport'

const NONE: TypedResult = {
  people: [],
  organizations: [],
  places: [],
  topics: [],
  agencies: [],
  quotes: [],
}

const expected: TypedResult = {
  ...NONE,
  people: [
    {
      name: 'Stefan Mihaylov',
      positions: [{ title: 'council chair', organization: 'Plovdiv City Council' }],
    },
  ],
  organizations: ['Plovdiv City Council', 'BTA'],
  places: ['Plovdiv'],
  quotes: [
    { text: 'No new taxes,', speaker: 'Stefan Mihaylov' },
    { text: 'anaconda', description: 'One Russian official' },
  ],
}

test('a perfect result scores every kind fully', () => {
  const { scores, missed, wrong } = scoreImport(expected, expected)
  expect(missed).toEqual([])
  expect(wrong).toEqual([])
  expect(scores.people).toEqual({ expected: 1, found: 1, correct: 1 })
  expect(meetsThreshold(scores, 1)).toBe(true)
})

test('names match by case, accents, a leading article and an alias or acronym', () => {
  const actual: TypedResult = {
    ...expected,
    people: [
      {
        name: 'STEFAN MIHAYLOV',
        positions: [{ title: 'Council Chair', organization: 'the Plovdiv City Council' }],
      },
    ],
    organizations: ['plovdiv city council', { name: 'Bulgarian News Agency', aliases: ['BTA'] }],
  }
  expect(scoreImport(expected, actual).missed).toEqual([])
})

test.each<[label: string, actual: TypedResult, missed: string[], wrong: string[]]>([
  [
    'a place typed as a topic is a miss and a wrong topic',
    { ...expected, places: [], topics: ['Plovdiv'] },
    ['places: Plovdiv'],
    ['topics: Plovdiv'],
  ],
  [
    'a quote with the wrong speaker counts as neither',
    { ...expected, quotes: [expected.quotes[0]!, { text: 'anaconda', speaker: 'Sergey Lavrov' }] },
    ['quotes: (One Russian official): "anaconda"'],
    ['quotes: Sergey Lavrov: "anaconda"'],
  ],
  [
    'a position without its organisation is wrong',
    { ...expected, people: [{ name: 'Stefan Mihaylov', positions: [{ title: 'council chair' }] }] },
    ['positions: Stefan Mihaylov: council chair, Plovdiv City Council'],
    ['positions: Stefan Mihaylov: council chair'],
  ],
])('%s', (_label, actual, missed, wrong) => {
  const score = scoreImport(expected, actual)
  expect(score.missed).toEqual(missed)
  expect(score.wrong).toEqual(wrong)
  expect(meetsThreshold(score.scores, 0.95)).toBe(false)
})

test('the table lists every kind with its precision and recall', () => {
  const lines = describeScores(scoreImport(expected, { ...expected, places: [] }).scores)
  expect(lines[0]).toMatch(/^kind +expected +found +correct +precision +recall$/)
  expect(lines.find((line) => line.startsWith('places'))).toMatch(/1 +0 +0 +- *% +0\.0%$/)
})
