import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { CREATE_SEARCH_FTS, ftsExpression } from './searchIndex'

describe('the SQLite search index', () => {
  it('is created by the committed migration as the pushed schema creates it', () => {
    const folder = path.resolve('src/migrations/sqlite')
    const migrations = readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
      .map((name) => readFileSync(path.join(folder, name), 'utf8'))
    expect(migrations.filter((text) => text.includes(CREATE_SEARCH_FTS))).toHaveLength(1)
  })

  it.each([
    [[{ words: ['nato'], isPhrase: false }], '"nato"'],
    [
      [
        { words: ['missile', 'shield'], isPhrase: true },
        { words: ['europe'], isPhrase: false },
      ],
      '"missile shield" AND "europe"',
    ],
  ])('quotes every term of %j', (terms, expression) => {
    expect(ftsExpression({ terms })).toBe(expression)
  })
})
