import { describe, expect, test } from 'vitest'

import { withoutEmpty } from './withoutEmpty'

const CASES: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
  ['undefined is dropped', { name: 'NATO', sameAs: undefined }, { name: 'NATO' }],
  ['null is dropped', { name: 'NATO', sameAs: null }, { name: 'NATO' }],
  ['an empty string is dropped', { name: 'NATO', description: '' }, { name: 'NATO' }],
  ['an empty list is dropped', { name: 'NATO', mentions: [] }, { name: 'NATO' }],
  ['zero and false are kept', { wordCount: 0, isFree: false }, { wordCount: 0, isFree: false }],
  ['a list with items is kept', { keywords: ['Russia'] }, { keywords: ['Russia'] }],
  ['an object is kept as it is', { logo: { url: undefined } }, { logo: { url: undefined } }],
]

describe('withoutEmpty', () => {
  test.each(CASES)('%s', (_name, input, expected) => {
    const result = withoutEmpty(input)
    expect(result).toStrictEqual(expected)
    expect(Object.keys(result)).toEqual(Object.keys(expected))
  })
})
