import { describe, expect, test } from 'vitest'

import { isReusableCorpus, stampFor } from './stamp'

const wanted = stampFor(100, ['initial', 'read_model', 'shows_indexed'])

describe('which stored corpus the bench reuses', () => {
  test.each([
    { name: 'made with every migration of today', stored: wanted, reused: true },
    {
      name: 'made before the newest migration (migrated forward as it opens)',
      stored: stampFor(100, ['initial', 'read_model']),
      reused: true,
    },
    { name: 'made with no migrations recorded', stored: stampFor(100, []), reused: true },
    { name: 'none stored', stored: null, reused: false },
    { name: 'another size', stored: stampFor(1000, wanted.migrations), reused: false },
    { name: 'another seed', stored: stampFor(100, wanted.migrations, 7), reused: false },
    {
      name: 'another corpus version',
      stored: { ...wanted, version: wanted.version + 1 },
      reused: false,
    },
    {
      name: 'a migration that is no longer committed',
      stored: stampFor(100, ['initial', 'dropped_since']),
      reused: false,
    },
    {
      name: 'the same migrations in another order',
      stored: stampFor(100, ['read_model', 'initial']),
      reused: false,
    },
    {
      name: 'more migrations than today (a later branch)',
      stored: stampFor(100, [...wanted.migrations, 'later']),
      reused: false,
    },
  ])('$name: reused is $reused', ({ stored, reused }) => {
    expect(isReusableCorpus(stored, wanted)).toBe(reused)
  })
})
