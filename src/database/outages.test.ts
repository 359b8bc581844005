import { createRequire } from 'node:module'

import type * as MongoDriver from 'mongodb'
import { describe, expect, test } from 'vitest'

import {
  DATABASE_UNAVAILABLE_MESSAGE,
  SAVE_CONFLICT_MESSAGE,
  databaseUnavailableAfterError,
  isDatabaseUnavailable,
  isSaveConflict,
  saveConflictAfterError,
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

/** The MongoDB driver as Payload's adapter loads it, so the errors below are its own classes. */
const driver = (
  createRequire(createRequire(import.meta.url).resolve('@payloadcms/db-mongodb'))('mongoose') as {
    mongo: typeof MongoDriver
  }
).mongo

const mongoServerError = (code: number, codeName: string, errorLabels: string[] = []) =>
  new driver.MongoServerError({ errmsg: `${codeName} (test)`, code, codeName, errorLabels })

const inTransaction = <E extends InstanceType<typeof driver.MongoError>>(error: E): E => {
  error.addErrorLabel('TransientTransactionError')
  return error
}

describe('MongoDB errors', () => {
  test.each<[label: string, error: unknown, unavailable: boolean, conflict: boolean]>([
    [
      'no server could be selected in time',
      new driver.MongoServerSelectionError('Server selection timed out after 5000 ms', {} as never),
      true,
      false,
    ],
    [
      'a connection closed under a transaction',
      inTransaction(new driver.MongoNetworkError('connection 3 to 127.0.0.1:27017 closed')),
      true,
      false,
    ],
    ['a socket timeout', new driver.MongoNetworkTimeoutError('connection timed out'), true, false],
    ['the primary stepped down', mongoServerError(189, 'PrimarySteppedDown'), true, false],
    ['a node that is not primary', mongoServerError(10107, 'NotWritablePrimary'), true, false],
    [
      'a write conflict in a transaction',
      mongoServerError(112, 'WriteConflict', ['TransientTransactionError']),
      false,
      true,
    ],
    [
      'a lock not granted within the lock wait',
      mongoServerError(24, 'LockTimeout', ['TransientTransactionError']),
      false,
      true,
    ],
    ['a duplicate key', mongoServerError(11000, 'DuplicateKey'), false, false],
    [
      'a wrapped write conflict',
      new Error('save failed', {
        cause: mongoServerError(112, 'WriteConflict', ['TransientTransactionError']),
      }),
      false,
      true,
    ],
    ['a PostgreSQL code that is a number-like string', withCode('112'), false, false],
  ])('%s: unavailable %s, conflict %s', (_label, error, unavailable, conflict) => {
    expect(isDatabaseUnavailable(error)).toBe(unavailable)
    expect(isSaveConflict(error)).toBe(conflict)
  })

  test('a lost write conflict answers 409, saying nothing was saved', () => {
    const error = mongoServerError(112, 'WriteConflict', ['TransientTransactionError'])
    const args = { error, context: {}, req: {} } as unknown as Parameters<
      typeof saveConflictAfterError
    >[0]
    expect(saveConflictAfterError(args)).toEqual({
      status: 409,
      response: { errors: [{ message: SAVE_CONFLICT_MESSAGE }] },
    })
  })
})
