import { describe, expect, test } from 'vitest'

import {
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailableAfterError,
  isDatabaseUnavailable,
} from './outages'

const withCode = (code: string) => Object.assign(new Error('failed'), { code })
const wrapped = (cause: unknown) => new Error('Failed query: select 1', { cause })

describe('isDatabaseUnavailable', () => {
  test.each<[label: string, error: unknown, expected: boolean]>([
    ['connection refused', withCode('ECONNREFUSED'), true],
    ['connection reset', withCode('ECONNRESET'), true],
    ['Postgres shutting down (57P01)', withCode('57P01'), true],
    ['Postgres still starting (57P03)', withCode('57P03'), true],
    [
      'a query failure wrapping a dropped connection',
      wrapped(new Error('Connection terminated unexpectedly')),
      true,
    ],
    [
      'Payload failing to begin a transaction',
      new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432'),
      true,
    ],
    ['a unique violation (23505)', withCode('23505'), false],
    ['a syntax error wrapped in a query error', wrapped(withCode('42601')), false],
    ['a validation error', new Error('The following field is invalid: headline'), false],
    ['not an error at all', 'oops', false],
    ['nothing', undefined, false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected)
  })
})

describe('databaseUnavailableAfterError', () => {
  const args = (error: Error) =>
    ({ error, context: {}, req: {} }) as unknown as Parameters<
      typeof databaseUnavailableAfterError
    >[0]

  test('an outage becomes a 503 that says so', () => {
    expect(databaseUnavailableAfterError(args(withCode('ECONNREFUSED')))).toEqual({
      status: 503,
      response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] },
    })
  })

  test('any other error is left as Payload answers it', () => {
    expect(databaseUnavailableAfterError(args(withCode('23505')))).toBeUndefined()
  })
})
