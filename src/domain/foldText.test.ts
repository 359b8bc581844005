import { describe, expect, test } from 'vitest'

import { foldText, foldWithOffsets, stripDiacritics } from './foldText'

const FOLD_CASES: Array<[input: string, expected: string]> = [
  ['Sergéy Lávrov', 'sergey lavrov'],
  ['SERGEY LAVROV', 'sergey lavrov'],
  ['  Lars  Løkke\u00a0Rasmussen ', 'lars lokke rasmussen'],
  ['Russia\u2019s NATO ambassador', "russia's nato ambassador"],
  ['NATO\u2013Russia Council', 'nato-russia council'],
  ['İstanbul', 'istanbul'],
]

describe('foldText', () => {
  test.each(FOLD_CASES)('folds %j to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected)
  })
})

describe('stripDiacritics', () => {
  test.each([
    ['Sergéy Lávrov', 'Sergey Lavrov'],
    ['Zürich', 'Zurich'],
  ])('keeps case: %j → %j', (input, expected) => {
    expect(stripDiacritics(input)).toBe(expected)
  })
})

describe('foldWithOffsets', () => {
  test.each([
    ['Ab  Çd', 'ab cd', [0, 1, 2, 4, 5]],
    [' x', 'x', [1]],
    ['ß', 'ss', [0, 0]],
  ])('maps every folded character of %j back to the original', (input, folded, sourceIndex) => {
    expect(foldWithOffsets(input)).toEqual({ folded, sourceIndex })
  })
})
