import type { FieldHook } from 'payload'
import { describe, expect, test } from 'vitest'

import { emptyMeansNone } from './emptyMeansNone'

const run = (value: unknown) => emptyMeansNone({ value } as Parameters<FieldHook>[0])

describe('emptyMeansNone', () => {
  test.each<[value: unknown, expected: unknown]>([
    ['', null],
    ['   ', null],
    ['Q7184', 'Q7184'],
    [' Q7184 ', ' Q7184 '],
    [null, null],
    [undefined, undefined],
  ])('%o is stored as %o', (value, expected) => {
    expect(run(value)).toBe(expected)
  })
})
