import { describe, expect, test } from 'vitest'

import { DatabaseUrlError, databaseKind, redact } from './url'

const KIND_CASES: Array<[string, 'mongodb' | 'postgres' | 'sqlite']> = [
  ['file:./data/newsroom.db', 'sqlite'],
  ['file:/srv/cms/newsroom.db', 'sqlite'],
  ['file::memory:', 'sqlite'],
  ['postgres://cms:secret@db:5432/newsroom', 'postgres'],
  ['postgresql://localhost/newsroom', 'postgres'],
  ['mongodb://mongo:27017/newsroom?replicaSet=rs0', 'mongodb'],
  ['mongodb+srv://cluster0.example.net/newsroom', 'mongodb'],
  ['  FILE:./data/x.db  ', 'sqlite'],
]

describe('the adapter follows DATABASE_URL', () => {
  test.each(KIND_CASES)('%s is %s', (url, kind) => {
    expect(databaseKind(url)).toBe(kind)
  })
})

const REFUSED_CASES: Array<[string, RegExp]> = [
  ['', /is empty/],
  [
    'mysql://localhost/newsroom',
    /"mysql:\/\/localhost\/newsroom" is not a database URL this CMS knows/,
  ],
  ['newsroom.db', /is not a database URL this CMS knows/],
  ['file:', /names no file/],
  ['postgres://', /has no host/],
  ['mongodb://', /has no host/],
  ['postgres://cms:hunter2@', /"postgres:\/\/cms:\*\*\*@" has no host/],
]

describe('an unknown or malformed DATABASE_URL stops start-up', () => {
  test.each(REFUSED_CASES)('%j is refused: %s', (url, reason) => {
    expect(() => databaseKind(url)).toThrow(DatabaseUrlError)
    expect(() => databaseKind(url)).toThrow(reason)
    expect(() => databaseKind(url)).toThrow(
      /Accepted forms: file:<path>.*postgres:\/\/.*mongodb:\/\//,
    )
  })
})

test('passwords never reach a log line', () => {
  expect(redact('postgres://cms:hunter2@db:5432/newsroom')).toBe(
    'postgres://cms:***@db:5432/newsroom',
  )
  expect(redact('file:./data/newsroom.db')).toBe('file:./data/newsroom.db')
})
