import { describe, expect, test } from 'vitest'

import { isStaleWrite, parseIfMatch } from './staleWrite'

const READ = '2026-01-02T03:04:05.678Z'

describe('parseIfMatch', () => {
  test.each([
    [undefined, null],
    ['', null],
    [`"${READ}"`, READ],
    [READ, READ],
    [`W/"${READ}"`, READ],
    ['*', '*'],
  ])('%j reads as %j', (header, expected) => {
    expect(parseIfMatch(header)).toBe(expected)
  })
})

describe('isStaleWrite', () => {
  test.each([
    ['no version sent', null, READ, false],
    ['any version', '*', READ, false],
    ['the version read', READ, READ, false],
    ['the same instant in another offset', '2026-01-02T04:04:05.678+01:00', READ, false],
    ['an older version', '2026-01-02T03:04:05.000Z', READ, true],
    ['something that is not a time', 'yesterday', READ, true],
  ])('%s', (_label, basedOn, current, expected) => {
    expect(isStaleWrite(basedOn, current)).toBe(expected)
  })
})
