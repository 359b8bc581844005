import { describe, expect, test } from 'vitest'

import { jsonBodyProblem } from './jsonBody'

const nested = (levels: number): string =>
  `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`

const CASES: Array<[label: string, input: string, expected: string | RegExp | undefined]> = [
  ['an object', '{"name":"NATO"}', undefined],
  ['an empty object', '{}', undefined],
  ['rich text a few levels deep', nested(20), undefined],
  ['64 levels', nested(64), undefined],
  ['65 levels', nested(65), 'The body nests more than 64 levels deep'],
  [
    'arrays count as levels',
    `{"a":${'['.repeat(100)}${']'.repeat(100)}}`,
    'The body nests more than 64 levels deep',
  ],
  ['truncated JSON', '{"name": ', /^The body is not valid JSON: /],
  ['single quotes', "{'name': 'x'}", /^The body is not valid JSON: /],
  [
    'a NUL in a value',
    '{"name":"a\\u0000b"}',
    'The body contains a NUL character (\\u0000), which no text can hold',
  ],
  [
    'a NUL in a key',
    '{"a\\u0000":1}',
    'The body contains a NUL character (\\u0000), which no text can hold',
  ],
  ['null', 'null', 'The body must be a JSON object of fields, got null'],
  ['a number', '12345', 'The body must be a JSON object of fields, got a number'],
  ['a string', '"x"', 'The body must be a JSON object of fields, got a string'],
  ['an array', '[{"name":"x"}]', 'The body must be a JSON object of fields, got an array'],
]

describe('jsonBodyProblem', () => {
  test.each(CASES)('%s', (_label, input, expected) => {
    const problem = jsonBodyProblem(input)
    if (expected instanceof RegExp) expect(problem).toMatch(expected)
    else expect(problem).toBe(expected)
  })

  test('names where the JSON was found', () => {
    expect(jsonBodyProblem('[]', 'The _payload field')).toBe(
      'The _payload field must be a JSON object of fields, got an array',
    )
  })
})
