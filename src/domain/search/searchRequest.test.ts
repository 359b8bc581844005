import { describe, expect, it } from 'vitest'

import { parseSearchRequest } from './searchRequest'

describe('a search request, read', () => {
  it.each([
    { given: { q: 'nato' }, filters: {}, limit: 10 },
    {
      given: { q: 'nato', section: 'world', tag: 'missile-defense', person: 'sergey-lavrov' },
      filters: { section: 'world', tag: 'missile-defense', person: 'sergey-lavrov' },
      limit: 10,
    },
    {
      given: { q: 'nato', from: '2011-12-01', to: '2011-12-08', limit: '50' },
      filters: { from: '2011-12-01T00:00:00.000Z', until: '2011-12-09T00:00:00.000Z' },
      limit: 50,
    },
    {
      given: { q: 'nato', from: '2011-12-08T10:00:00+01:00', to: '2011-12-08T12:00:00Z' },
      filters: { from: '2011-12-08T09:00:00.000Z', until: '2011-12-08T12:00:00.001Z' },
      limit: 10,
    },
    { given: { q: 'nato', 'bench-nocache': '7', other: ['a', 'b'] }, filters: {}, limit: 10 },
  ])('$given', ({ given, filters, limit }) => {
    const parsed = parseSearchRequest(given)
    expect(parsed).toMatchObject({ ok: true, request: { filters, limit } })
  })

  it('keeps the cursor to be read against the search it came from', () => {
    expect(parseSearchRequest({ q: 'nato', cursor: 'abc' })).toMatchObject({
      ok: true,
      request: { cursor: 'abc' },
    })
  })
})

describe('a search request refused, each problem named', () => {
  it.each([
    [{}, ['q is required: the words to search for']],
    [{ q: ['nato', 'russia'] }, ['q is given 2 times; give it once']],
    [{ q: 'nato OR russia' }, [expect.stringMatching(/^q uses "OR", an operator/)]],
    [{ q: 'nato', section: 'World News' }, [expect.stringMatching(/^section must be a slug/)]],
    [{ q: 'nato', tag: "x' OR 1=1 --" }, [expect.stringMatching(/^tag must be a slug/)]],
    [{ q: 'nato', person: 'a'.repeat(201) }, [expect.stringMatching(/^person must be a slug/)]],
    [{ q: 'nato', from: 'yesterday' }, [expect.stringMatching(/^from must be a day such as/)]],
    [{ q: 'nato', from: '2026-02-30' }, [expect.stringMatching(/^from must be a day/)]],
    [{ q: 'nato', to: '99999-01-01' }, [expect.stringMatching(/^to must be a day/)]],
    [{ q: 'nato', to: '2026-01-01T10:00:00' }, [expect.stringMatching(/^to must be a day/)]],
    [{ q: 'nato', from: '2026-03-02', to: '2026-03-01' }, ['from is after to']],
    [{ q: 'nato', limit: '0' }, ['limit must be a whole number from 1 to 50']],
    [{ q: 'nato', limit: '51' }, ['limit must be a whole number from 1 to 50']],
    [{ q: 'nato', limit: '1e3' }, ['limit must be a whole number from 1 to 50']],
    [{ q: 'nato', limit: { $gt: 1 } }, ['limit must be text']],
    [
      { section: 'Bad Slug', limit: '-1' },
      [
        'q is required: the words to search for',
        expect.stringMatching(/^section must be a slug/),
        'limit must be a whole number from 1 to 50',
      ],
    ],
  ])('%j', (given, problems) => {
    expect(parseSearchRequest(given)).toEqual({ ok: false, problems })
  })
})
