import { describe, expect, test } from 'vitest'

import { MAX_WHERE_CONDITIONS, queryProblems } from './queryLimits'

const nested = (levels: number): Record<string, unknown> =>
  levels === 0 ? { headline: { equals: 'x' } } : { or: [nested(levels - 1)] }

const manyConditions = (count: number) => ({
  or: Array.from({ length: count }, (_, index) => ({ slug: { equals: `s${index}` } })),
})

const READS: Array<[label: string, query: Record<string, unknown>, expected: string[]]> = [
  ['no parameters', {}, []],
  [
    'ordinary list parameters',
    { limit: '20', page: '3', depth: '2', sort: '-publishedAt,headline', draft: 'false' },
    [],
  ],
  [
    'limit=0 (Payload: everything)',
    { limit: '0' },
    ['limit=0 asks for every document at once; ask for at most 100 and page through'],
  ],
  [
    'a huge limit',
    { limit: '1000000' },
    ['limit must be a whole number from 1 to 100, got 1000000; page through the rest'],
  ],
  ['a negative limit', { limit: '-1' }, ['limit must be a whole number from 1 to 100, got "-1"']],
  ['a word as limit', { limit: 'all' }, ['limit must be a whole number from 1 to 100, got "all"']],
  [
    'limit given twice',
    { limit: ['1', '2'] },
    ['limit must be a whole number from 1 to 100, got ["1","2"]'],
  ],
  [
    'pagination=false',
    { pagination: 'false' },
    ['pagination="false" asks for every document at once; read page by page (limit at most 100)'],
  ],
  [
    'a join asked whole',
    { joins: { articles: { limit: '0' } } },
    [
      'joins[articles][limit]=0 asks for every document at once; ask for at most 100 and page through',
    ],
  ],
  ['page 0', { page: '0' }, ['page must be a whole number from 1 to 10000, got 0']],
  ['absurd depth', { depth: '1000' }, ['depth must be a whole number from 0 to 10, got 1000']],
  [
    'depth as SQL',
    { depth: '1;DROP TABLE users' },
    ['depth must be a whole number from 0 to 10, got "1;DROP TABLE users"'],
  ],
  ['draft=maybe', { draft: 'maybe' }, ['draft must be true or false, got "maybe"']],
  [
    'sort with SQL in it',
    { sort: 'headline; DROP TABLE articles' },
    [
      'sort must be field names, each optionally prefixed with - for descending, got "headline; DROP TABLE articles"',
    ],
  ],
  ['sort on six fields', { sort: 'a,b,c,d,e,f' }, ['sort names 6 fields; at most 5']],
  ['where five levels deep', { where: nested(5) }, []],
  [
    'where six levels deep',
    { where: nested(6) },
    ['where[or][0][or][0][or][0][or][0][or][0][or][0] nests and/or more than 5 levels deep'],
  ],
  [
    'a geographic operator (500 on SQL databases)',
    { where: { headline: { near: '1,2' } } },
    [
      'where[headline][near]: unknown operator "near"; use one of equals, not_equals, contains, like, not_like, in, not_in, all, exists, greater_than, greater_than_equal, less_than, less_than_equal',
    ],
  ],
  [
    'a Mongo operator',
    { where: { headline: { $ne: null } } },
    [
      expect.stringMatching(
        /^where\[headline\]\[\$ne\]: unknown operator "\$ne"/,
      ) as unknown as string,
    ],
  ],
  [
    'a condition without an operator',
    { where: { headline: 'x' } },
    ['where[headline] must name an operator, e.g. where[headline][equals]=…'],
  ],
  ['where as text', { where: 'true' }, ['where must be an object of field conditions, got "true"']],
  [`${MAX_WHERE_CONDITIONS} conditions`, { where: manyConditions(MAX_WHERE_CONDITIONS) }, []],
  [
    `${MAX_WHERE_CONDITIONS + 1} conditions`,
    { where: manyConditions(MAX_WHERE_CONDITIONS + 1) },
    ['where has 51 conditions; at most 50'],
  ],
  [
    'GraphQL spells branches AND/OR',
    { where: { AND: [{ OR: [{ headline: { like: 'x' } }] }] } },
    [],
  ],
]

const GUARDED: Array<[label: string, query: Record<string, unknown>, expected: string[]]> = [
  [
    'an operator the database lacks',
    { where: { tags: { all: '1,2' } } },
    [
      'where[tags][all]: the operator "all" is not available on this database; use "in", or several conditions joined with and',
    ],
  ],
  [
    'an object as operand',
    { where: { name: { equals: { a: 'b' } } } },
    ['where[name][equals] must be a value or a list of values, not an object'],
  ],
  [
    'an empty comparison',
    { where: { headline: { greater_than: '' } } },
    ['where[headline][greater_than] needs a value to compare with'],
  ],
  ['equals nothing is a fair question', { where: { headline: { equals: '' } } }, []],
  [
    'a NUL character anywhere',
    { sort: 'headline', locale: 'en\u0000' },
    ['The query contains a NUL character (\\u0000), which no text can hold'],
  ],
  [
    'more brackets than the query-string parser keeps',
    { where: { or: [{ '[or][0][headline][equals]': 'x' }] } },
    ['where[or][0] nests too deep: a query string holds at most ten [brackets]'],
  ],
]

describe('queryProblems with what the database and collection say', () => {
  test.each(GUARDED)('%s', (_label, query, expected) => {
    expect(
      queryProblems(query, {
        isRead: true,
        unsupportedOperators: ['all'],
      }),
    ).toEqual(expected)
  })
})

describe('queryProblems on a read', () => {
  test.each(READS)('%s', (_label, query, expected) => {
    expect(queryProblems(query, { isRead: true })).toEqual(expected)
  })
})

describe('queryProblems on a bulk write', () => {
  test('leaves the page size to access control (the admin deletes a selection with limit=0)', () => {
    expect(queryProblems({ limit: '0', where: { id: { in: '1,2' } } }, { isRead: false })).toEqual(
      [],
    )
  })

  test('still refuses an unknown operator', () => {
    expect(queryProblems({ where: { id: { near: '1' } } }, { isRead: false })).toHaveLength(1)
  })
})
