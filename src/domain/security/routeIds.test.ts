import { describe, expect, test } from 'vitest'

import { invalidDocumentId } from './routeIds'

// In Payload's order: fixed routes before `/:id`.
const ENDPOINTS = [
  { method: 'get', path: '/me' },
  { method: 'get', path: '/versions/:id' },
  { method: 'get', path: '/slug/:slug/ninjs' },
  { method: 'get', path: '/:id/ninjs' },
  { method: 'get', path: '/:id' },
  { method: 'delete', path: '/:id' },
]

const CASES: Array<[label: string, method: string, path: string, expected: string | undefined]> = [
  ['a whole-number id', 'GET', '/12', undefined],
  ['a word', 'GET', '/abc', 'abc'],
  ['a number with SQL after it (parseFloat reads 1)', 'DELETE', "/1'--", "1'--"],
  ['a float', 'GET', '/1.5', '1.5'],
  ['zero', 'GET', '/0', '0'],
  ['a negative id', 'GET', '/-1', '-1'],
  ['an exponent', 'GET', '/1e3', '1e3'],
  ['more digits than a safe integer', 'GET', `/${'9'.repeat(16)}`, '9'.repeat(16)],
  ['a fixed route is not an id', 'GET', '/me', undefined],
  ['an id inside a longer route', 'GET', '/versions/x', 'x'],
  ['a slug parameter is not an id', 'GET', '/slug/nato-summit/ninjs', undefined],
  ['a custom route on an id', 'GET', '/abc/ninjs', 'abc'],
  ['a route no endpoint serves', 'POST', '/abc', undefined],
]

describe('invalidDocumentId with numeric ids', () => {
  test.each(CASES)('%s', (_label, method, path, expected) => {
    expect(invalidDocumentId(ENDPOINTS, method, path.split('/').filter(Boolean), 'number')).toBe(
      expected,
    )
  })
})

test('an id past the column (PostgreSQL serial) is no id', () => {
  expect(invalidDocumentId(ENDPOINTS, 'GET', ['2147483648'], 'number', 2_147_483_647)).toBe(
    '2147483648',
  )
  expect(invalidDocumentId(ENDPOINTS, 'GET', ['2147483647'], 'number', 2_147_483_647)).toBe(
    undefined,
  )
})

test('text ids (MongoDB) are left to the adapter', () => {
  expect(invalidDocumentId(ENDPOINTS, 'GET', ['abc'], 'text')).toBeUndefined()
})
