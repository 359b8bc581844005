import { describe, expect, test } from 'vitest'

import { matchesIfNoneMatch, notModifiedHeaders } from './notModified'

const TAG = '"uTq8pWkN3sGq0bq2l8mQkQ"'

test.each([
  [null, false],
  ['*', true],
  [TAG, true],
  [`W/${TAG}`, true],
  [`"a", ${TAG}`, true],
  ['"a", "b"', false],
])('If-None-Match %j matches: %s', (header, expected) => {
  expect(matchesIfNoneMatch(header, TAG)).toBe(expected)
})

const ANSWER: Array<[string, string]> = [
  ['content-type', 'application/json'],
  ['content-length', '42'],
  ['Cache-Control', 'public, max-age=60'],
  ['ETag', TAG],
  ['vary', 'Origin'],
  ['content-location', '/api/articles/1'],
  ['access-control-allow-origin', 'http://cms.test'],
]

describe('the one 304', () => {
  test('repeats only the validators and caching headers of the answer it stands for', () => {
    expect(notModifiedHeaders(TAG, ANSWER)).toEqual([
      ['Cache-Control', 'public, max-age=60'],
      ['ETag', TAG],
      ['vary', 'Origin'],
      ['content-location', '/api/articles/1'],
    ])
  })

  test.each<[string, null | string, Array<[string, string]>]>([
    ['no If-None-Match', null, ANSWER],
    ['another version', '"older"', ANSWER],
    ['an answer without a tag', '*', ANSWER.filter(([name]) => name !== 'ETag')],
  ])('is not made for %s', (_, header, headers) => {
    expect(notModifiedHeaders(header, headers)).toBeNull()
  })
})
