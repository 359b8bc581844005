import { expect, test } from 'vitest'

import { resolveFieldPath } from './filterFields'
import { ARTICLES, LOCKS, NEWSROOM, TAGS } from './filterTesting.testing'

const FOUND: Array<[label: string, path: string, kind: string]> = [
  ['a plain field through a list of links', 'tags.name', 'text'],
  ['a field of the collection', 'headline', 'text'],
  ['the id', 'id', 'id'],
  ['a field in a group', 'dateline.filedAt', 'date'],
  ['the same in GraphQL spelling', 'dateline__filedAt', 'date'],
  ['a field in an array', 'quotes.start', 'number'],
  ['a link', 'section', 'relationship'],
  ['a link to a collection closed to links, by itself', 'leadImage', 'relationship'],
  ["a field of the linked document (Payload's own walk)", 'section.name', 'text'],
  ['the id of the linked document', 'section.id', 'id'],
  ['a link inside an array, then its document', 'quotes.speaker', 'relationship'],
]

test.each(FOUND)('%s: %s is a %s', (_label, path, kind) => {
  const resolved = resolveFieldPath(NEWSROOM, ARTICLES, path)
  expect('field' in resolved && resolved.field.kind).toBe(kind)
})

test('a join walks into the collection it lists', () => {
  const resolved = resolveFieldPath(NEWSROOM, TAGS, 'articles.headline')
  expect('field' in resolved && resolved.field.kind).toBe('text')
})

test('a link to several collections is filtered by relationTo and value', () => {
  const relationTo = resolveFieldPath(NEWSROOM, LOCKS, 'document.relationTo')
  expect('field' in relationTo && relationTo.field).toMatchObject({
    kind: 'select',
    options: ['articles', 'tags'],
  })
  const value = resolveFieldPath(NEWSROOM, LOCKS, 'document.value')
  expect('field' in value && value.field.kind).toBe('id')
  // `in` on either part fails in Payload's SQL: each takes equals and not_equals alone.
  expect('field' in value && value.field.operators).toEqual(['equals', 'not_equals'])
})

const REFUSED: Array<[label: string, path: string, problem: RegExp]> = [
  ['an unknown field', 'nope', /^articles has no field "nope" \(it has id, headline, /],
  [
    'an unknown field in a group',
    'dateline.nope',
    /^dateline has no field "nope" \(it has place, filedAt\)/,
  ],
  [
    'a field inside a text field',
    'headline.x',
    /^headline is a text field and has no fields inside it/,
  ],
  [
    'a linked collection that is not there',
    'tags.x',
    /points at tags, which cannot be queried|has no field/,
  ],
  [
    'a field of a collection closed to links, through a link',
    'leadImage.alt',
    /^leadImage points at media, whose fields cannot be filtered on through a link \(who may see an image depends on the stories that use it\); filter on leadImage itself, by id/,
  ],
  ['its id too', 'leadImage.id', /filter on leadImage itself, by id/],
  [
    'a field past a link to several collections',
    'document.name',
    /filter on document.relationTo or document.value/,
  ],
]

test.each(REFUSED)('%s is refused', (_label, path, problem) => {
  const collection = path.startsWith('document') ? LOCKS : ARTICLES
  const resolved = resolveFieldPath(NEWSROOM, collection, path)
  expect('problem' in resolved && resolved.problem).toMatch(problem)
})
