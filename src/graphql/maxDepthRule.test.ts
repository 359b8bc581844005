import { buildSchema, parse, specifiedRules, validate } from 'graphql'
import { describe, expect, test } from 'vitest'

import { maxDepthRule } from './maxDepthRule'

const schema = buildSchema(`
  type Person { name: String, articles: [Article] }
  type Article { headline: String, people: [Person] }
  type Query { Articles: [Article], People: [Person] }
`)

const errorsFor = (query: string, maxDepth: number): string[] =>
  validate(schema, parse(query), [...specifiedRules, maxDepthRule(maxDepth)]).map(
    (error) => error.message,
  )

const CASES: Array<[name: string, query: string, maxDepth: number, expected: RegExp | null]> = [
  ['a top-level scalar list at its limit', '{ Articles { headline } }', 2, null],
  [
    'one level over the limit, naming the limit, the depth and the path',
    '{ Articles { people { name } } }',
    2,
    /^The query exceeds the maximum depth of 2\. Actual depth is 3, at Articles > people > name\./,
  ],
  [
    'the deepest branch counts, not the first',
    '{ Articles { headline people { articles { headline } } } }',
    3,
    /Actual depth is 4, at Articles > people > articles > headline/,
  ],
  [
    'fragments count where they are spread',
    'query { Articles { ...Deep } } fragment Deep on Article { people { articles { headline } } }',
    3,
    /Actual depth is 4/,
  ],
  [
    'inline fragments count too',
    '{ People { ... on Person { articles { people { name } } } } }',
    3,
    /Actual depth is 4/,
  ],
  ['introspection is not counted', '{ __schema { types { fields { type { name } } } } }', 1, null],
  [
    'each operation is measured on its own',
    'query A { Articles { headline } } query B { People { name } }',
    2,
    null,
  ],
]

describe('maxDepthRule', () => {
  test.each(CASES)('%s', (_name, query, maxDepth, expected) => {
    const errors = errorsFor(query, maxDepth)
    if (expected === null) expect(errors).toEqual([])
    else expect(errors).toEqual([expect.stringMatching(expected)])
  })

  test('a fragment cycle is left to GraphQL to report, without looping', () => {
    const errors = errorsFor(
      'query { Articles { ...A } } fragment A on Article { people { ...B } } fragment B on Person { articles { ...A } }',
      10,
    )
    expect(errors.join('\n')).toMatch(/Cannot spread fragment "A" within itself/)
  })

  test('a fragment spread twice at every level is measured once, not 2^30 times', () => {
    const levels = Array.from(
      { length: 30 },
      (_, level) =>
        `fragment F${level} on Article { people { articles { ...F${level + 1} ...F${level + 1} } } }`,
    )
    const query = `{ Articles { ...F0 } } ${levels.join(' ')} fragment F30 on Article { headline }`
    const errors = validate(schema, parse(query), [maxDepthRule(10)])
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/Actual depth is 62/),
    ])
  })
})
