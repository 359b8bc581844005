import { expect, test } from 'vitest'

import type { FilterField } from './filterFields'
import { conditionProblem, isIsoDate } from './filterValues'

const LIMITS = { maxValueLength: 50, maxWords: 3 }
const ids = { kind: 'number', max: 2_147_483_647 } as const

const text: FilterField = { name: 'headline', kind: 'text' }
const date: FilterField = { name: 'publishedAt', kind: 'date' }
const number: FilterField = { name: 'quotes.start', kind: 'number' }
const checkbox: FilterField = { name: 'isSeeded', kind: 'checkbox' }
const stage: FilterField = {
  name: 'workflowStage',
  kind: 'select',
  options: ['draft', 'published'],
}
const id: FilterField = { name: 'id', kind: 'id', ids }
const section: FilterField = {
  name: 'section',
  kind: 'relationship',
  relationTo: ['sections'],
  ids,
}
const tags: FilterField = { name: 'tags', kind: 'relationship', hasMany: true, ids }
const body: FilterField = { name: 'body', kind: 'richText' }
const dateline: FilterField = {
  name: 'dateline',
  kind: 'group',
  fields: new Map([['place', { name: 'place', kind: 'text' }]]),
}
const objectIds: FilterField = { name: 'id', kind: 'id', ids: { kind: 'objectId' } }

type Case = [
  label: string,
  field: FilterField,
  operator: string,
  operand: unknown,
  expected?: RegExp,
]

// Each a request a client sends, as the query-string parser gives it; undefined means accepted.
const CASES: Case[] = [
  ['a headline search', text, 'like', 'NATO summit'],
  ['an exact headline', text, 'equals', 'NATO, Russia Still at Odds'],
  ['headlines from a comma list', text, 'in', 'a,b'],
  ['headline empty (has no value)', text, 'equals', ''],
  ['headline alphabetically after', text, 'greater_than', 'M'],
  [
    'an array given to equals (was a 500)',
    text,
    'equals',
    ['a', 'b'],
    /^where\[x\]\[equals\]: headline is a text field; equals expected one value \(for several, use in\), got \["a","b"\]$/,
  ],
  ['a like of too many words', text, 'like', 'a b c d', /at most 3 words to search for \(got 4\)/],
  [
    'a value too long',
    text,
    'equals',
    'x'.repeat(51),
    /a value of at most 50 characters \(got 51\)/,
  ],
  ['a date range', date, 'greater_than', '2011-11-15'],
  ['a date and time with zone', date, 'less_than_equal', '2011-11-15T09:30:00+01:00'],
  ['dates in a list', date, 'in', ['2011-11-15', '2011-11-16T00:00:00Z']],
  ['a date equal to nothing', date, 'equals', 'null'],
  ['a date equal to spaces (was a 500)', date, 'equals', '   ', /expected a date/],
  ['spaces are text', text, 'like', '   '],
  [
    'exists in capitals (Payload reads it as false)',
    text,
    'exists',
    'TRUE',
    /expected true or false/,
  ],
  [
    'a word for a date (was a 500)',
    date,
    'greater_than',
    'notadate',
    /^where\[x\]\[greater_than\]: publishedAt is a date; greater_than expected a date such as 2024-05-01 or 2024-05-01T09:30:00Z, got "notadate"$/,
  ],
  ['31 February', date, 'equals', '2024-02-31', /expected a date/],
  ['a text match on a date', date, 'like', '2011', /publishedAt is a date; it takes .*, not like$/],
  ['a number', number, 'greater_than_equal', '3'],
  ['a decimal number', number, 'less_than', '2.5'],
  ['numbers in a list', number, 'in', '1,2,3'],
  [
    'a word for a number',
    number,
    'equals',
    'abc',
    /expected a number, e\.g\. 3 or 2\.5, got "abc"/,
  ],
  ['Infinity for a number', number, 'equals', 'Infinity', /expected a number/],
  ['a text match on a number (was a 500)', number, 'not_like', '1', /not not_like|, not not_like/],
  ['true', checkbox, 'equals', 'true'],
  ['FALSE', checkbox, 'not_equals', 'FALSE'],
  ['a word for a checkbox', checkbox, 'equals', 'yes', /expected true or false, got "yes"/],
  ['a text match on a checkbox (a 500 on PostgreSQL)', checkbox, 'like', 'x', /not like$/],
  ['a stage', stage, 'equals', 'published'],
  [
    'a stage written null (a 500 on PostgreSQL)',
    stage,
    'equals',
    'null',
    /expected one of draft, published, got "null"/,
  ],
  [
    'an empty stage (a 500 on PostgreSQL)',
    stage,
    'not_equals',
    '',
    /expected one of draft, published, got ""/,
  ],
  [
    'a checkbox written null (a 500 on PostgreSQL)',
    checkbox,
    'not_equals',
    'null',
    /expected true or false/,
  ],
  ['an empty checkbox (a 500 on PostgreSQL)', checkbox, 'equals', '', /expected true or false/],
  ['a stage that is no value at all (GraphQL null)', stage, 'equals', null],
  ['stages in a list', stage, 'in', 'draft,published'],
  [
    'a stage that does not exist (a 500 on PostgreSQL)',
    stage,
    'equals',
    'gone',
    /expected one of draft, published, got "gone"/,
  ],
  ['an id', id, 'equals', '12'],
  ['ids in a list', id, 'in', '1,2,3'],
  [
    'a word for an id (was a 500)',
    id,
    'in',
    '1,abc',
    /expected a list of values, each an id: a whole number/,
  ],
  ['an empty id list (was a 500)', id, 'in', '', /each values, not an empty one/],
  [
    'an id past the column (a 500 on PostgreSQL)',
    id,
    'equals',
    '99999999999',
    /a whole number from 1 to 2147483647/,
  ],
  ['an ObjectId on MongoDB', objectIds, 'equals', '6650f0c2a1b2c3d4e5f60718'],
  ['a number on MongoDB', objectIds, 'equals', '12', /24 hexadecimal characters/],
  ['a linked section', section, 'equals', '3'],
  ['no linked section', section, 'equals', 'null'],
  [
    'a word for a link (was a 500)',
    section,
    'equals',
    'abc',
    /section is a link to other documents; equals expected an id/,
  ],
  ['a tag among several', tags, 'contains', '4'],
  ['any of these tags', tags, 'in', ['4', '5']],
  ['a tag by word', tags, 'contains', 'abc', /expected an id/],
  ['whether there is a body', body, 'exists', 'true'],
  [
    'a link to several collections compared whole (a 500)',
    { name: 'user', kind: 'polymorphic', relationTo: ['users', 'preview-keys'], ids },
    'equals',
    '1',
    /user is a link to documents of several collections and cannot be filtered on; filter on user.relationTo and user.value \(equals, not_equals\)/,
  ],
  [
    'a text match on rich text (a 500 on PostgreSQL)',
    body,
    'like',
    'x',
    /body is a rich text field; it takes exists, not like/,
  ],
  ['exists given a word', text, 'exists', 'maybe', /exists expected true or false, got "maybe"/],
  [
    'a group compared as a whole',
    dateline,
    'equals',
    'x',
    /dateline is a group of fields and cannot be filtered on; filter on a field inside it, e\.g\. dateline\.place/,
  ],
  ['an object in a list', id, 'in', [{ a: 1 }], /expected a list of values, each an id/],
]

test.each(CASES)('%s', (_label, field, operator, operand, expected) => {
  const problem = conditionProblem(`where[x][${operator}]`, field, operator, operand, LIMITS)
  if (expected) expect(problem).toMatch(expected)
  else expect(problem).toBeUndefined()
})

test("GraphQL's enums already hold select values: their names are let through", () => {
  expect(conditionProblem('x', stage, 'equals', 'in_review', LIMITS, true)).toBeUndefined()
})

test.each([
  ['2011-11-15', true],
  ['2011-11-15T09:30', true],
  ['2011-11-15T09:30:00.123Z', true],
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['0000-01-01', false],
  ['2011-13-01', false],
  ['2011-11-15T24:00', false],
  ['15/11/2011', false],
  ['1', false],
])('isIsoDate(%s) is %s', (text, expected) => {
  expect(isIsoDate(text)).toBe(expected)
})
