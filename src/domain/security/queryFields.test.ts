import { describe, expect, test } from 'vitest'

import { ARTICLES, NEWSROOM, TAGS } from './filterTesting.testing'
import { queryProblems } from './queryLimits'

const typed = (collection = ARTICLES) => ({
  isRead: true,
  unsupportedOperators: ['all'],
  typed: { schema: NEWSROOM, collection, limits: { maxValueLength: 500, maxWords: 10 } },
})

type Case = [label: string, query: Record<string, unknown>, expected: Array<string | RegExp>]

const ARTICLE_QUERIES: Case[] = [
  ['a sort by date, newest first', { sort: '-publishedAt' }, []],
  ["an array row's id outside a join", { where: { 'quotes.id': { equals: 'x' } } }, []],
  ['a sort by a field in a group and the section', { sort: 'dateline.filedAt,section' }, []],
  [
    'a sort by a field of the section (a 500 on PostgreSQL beside a filter on a list)',
    { sort: 'section.name' },
    ["sort: section.name is inside section; sort by the document's own fields (e.g. section)"],
  ],
  [
    'a sort by a row of a list',
    { sort: 'quotes.start' },
    [/^sort: quotes.start is inside quotes;/],
  ],
  ['a sort by an unknown field', { sort: 'nope' }, [/^sort: articles has no field "nope"/]],
  [
    'a sort by a list of tags',
    { sort: 'tags' },
    [/^sort: tags is a link to other documents \(several values\) and cannot be sorted by/],
  ],
  [
    'a sort by rich text',
    { sort: '-body' },
    [/^sort: body is a rich text field and cannot be sorted by/],
  ],
  [
    'a select of fields, one in a group',
    { select: { headline: 'true', dateline: { place: 'true' } } },
    [],
  ],
  [
    'a select of an unknown field',
    { select: { nope: 'true' } },
    ['select[nope]: there is no field "nope" here'],
  ],
  [
    'a select with a word',
    { select: { headline: 'yes' } },
    ['select[headline] must be true or false, got "yes"'],
  ],
  ['a select given as text', { select: 'headline' }, [/^select must name fields/]],
  ['populate of section names', { populate: { sections: { name: 'true' } } }, []],
  [
    'populate of an unknown collection',
    { populate: { nope: { name: 'true' } } },
    ['populate[nope]: there is no collection "nope"'],
  ],
  [
    'conditions through and/or, each checked',
    { where: { or: [{ headline: { like: 'NATO' } }, { publishedAt: { greater_than: 'soon' } }] } },
    [/^where\[or\]\[1\]\[publishedAt\]\[greater_than\]: publishedAt is a date;/],
  ],
  [
    'a filter on an unknown field',
    { where: { nope: { equals: 'x' } } },
    [/^where\[nope\]: articles has no field "nope"/],
  ],
  [
    'a filter on a computed field',
    { where: { ninjs: { exists: 'true' } } },
    [/ninjs is a field computed when read and cannot be filtered on/],
  ],
]

describe('queries on articles, checked against their fields', () => {
  test.each(ARTICLE_QUERIES)('%s', (_label, query, expected) => {
    const problems = queryProblems(query, typed())
    expect(problems).toHaveLength(expected.length)
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern))
  })
})

const TAG_QUERIES: Case[] = [
  [
    'a join read with its own filter and sort',
    {
      joins: {
        articles: {
          limit: '5',
          sort: '-publishedAt',
          where: { workflowStage: { equals: 'published' } },
        },
      },
    },
    [],
  ],
  ['joins switched off', { joins: 'false' }, []],
  ['one join switched off', { joins: { articles: 'false' } }, []],
  [
    "a join's filter of the wrong type",
    { joins: { articles: { where: { publishedAt: { equals: 'x' } } } } },
    [/^joins\[articles\]\[where\]\[publishedAt\]\[equals\]: publishedAt is a date;/],
  ],
  [
    "an array row's id in a join's filter (a 500 on PostgreSQL)",
    { joins: { articles: { where: { 'quotes.id': { equals: 'x' } } } } },
    [
      /^joins\[articles\]\[where\]\[quotes.id\]: quotes.id is the id of a row of quotes, which a join's filter cannot compare/,
    ],
  ],
  [
    "a join's sort by an unknown field",
    { joins: { articles: { sort: 'nope' } } },
    [/^joins\[articles\]\[sort\]: articles has no field "nope"/],
  ],
  [
    'a join that is not one',
    { joins: { name: { limit: '5' } } },
    ['joins[name]: name is a text field, not a join'],
  ],
  [
    'a join with an unknown option',
    { joins: { articles: { every: 'true' } } },
    ['joins[articles] takes limit, page, sort, where and count, not every'],
  ],
]

describe('queries on tags and the articles they list', () => {
  test.each(TAG_QUERIES)('%s', (_label, query, expected) => {
    const problems = queryProblems(query, typed(TAGS))
    expect(problems).toHaveLength(expected.length)
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern))
  })
})

test('signed-in staff may read larger pages, up to their own ceiling', () => {
  const query = { limit: '250', where: { id: { in: '1' } } }
  expect(queryProblems(query, typed())).toEqual([
    'limit must be a whole number from 1 to 100, got 250; page through the rest',
  ])
  expect(queryProblems(query, { ...typed(), maxLimit: 1000 })).toEqual([])
})
