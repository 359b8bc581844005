import { expect, test } from 'vitest'

import { relationId } from './relationId'

const CASES: Array<[string, unknown, null | number | string]> = [
  ['a numeric id (SQL)', 7, 7],
  ['a string id (MongoDB)', '6650f0c2a1', '6650f0c2a1'],
  ['a populated document', { id: 7, name: 'NATO' }, 7],
  ['nothing', null, null],
  ['undefined', undefined, null],
  ['something else', true, null],
]

test.each(CASES)('%s gives %j', (_name, value, expected) => {
  expect(relationId(value)).toBe(expected)
})
