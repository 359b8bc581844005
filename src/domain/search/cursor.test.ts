import { describe, expect, it } from 'vitest'

import { readCursor, searchFingerprint, writeCursor } from './cursor'
import type { SearchQuery } from './searchQuery'

const NATO: SearchQuery = { terms: [{ words: ['nato'], isPhrase: false }] }
const RUSSIA: SearchQuery = { terms: [{ words: ['russia'], isPhrase: false }] }

describe('a search cursor', () => {
  const fingerprint = searchFingerprint(NATO, {}, 'readers')

  it.each([
    { score: 1.25, story: 42 },
    { score: -0.000001375, story: '65f1c0ffee0000000000abcd' },
    { score: 0, story: 1 },
  ])('reads back where the page ended: %j', (position) => {
    expect(readCursor(writeCursor(position, fingerprint), fingerprint)).toEqual({
      ok: true,
      position,
    })
  })

  it.each([
    ['another query', searchFingerprint(RUSSIA, {}, 'readers')],
    ['other filters', searchFingerprint(NATO, { section: 'world' }, 'readers')],
    ["staff's search", searchFingerprint(NATO, {}, 'staff')],
  ])('is refused by %s', (_label, other) => {
    const cursor = writeCursor({ score: 1, story: 1 }, fingerprint)
    expect(readCursor(cursor, other)).toEqual({
      ok: false,
      problem: 'cursor belongs to another search (its q or filters differ)',
    })
  })

  it.each([
    ['not base64url', '%%%'],
    ['not JSON', Buffer.from('{nope').toString('base64url')],
    ['no score', Buffer.from(JSON.stringify({ i: 1, f: fingerprint })).toString('base64url')],
    [
      'a score that is no number',
      Buffer.from(JSON.stringify({ s: 'NaN', i: 1, f: fingerprint })).toString('base64url'),
    ],
    [
      'a story that is an object',
      Buffer.from(JSON.stringify({ s: 1, i: { $gt: 0 }, f: fingerprint })).toString('base64url'),
    ],
    ['too long', 'a'.repeat(201)],
  ])('is refused when %s', (_label, cursor) => {
    expect(readCursor(cursor, fingerprint)).toEqual({
      ok: false,
      problem: 'cursor is not one this search handed out',
    })
  })
})
