import { describe, expect, it } from 'vitest'

import { MAX_QUERY_LENGTH, parseSearchQuery } from './searchQuery'

const terms = (text: string) => {
  const parsed = parseSearchQuery(text)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.query.terms.map((term) =>
    term.isPhrase ? `"${term.words.join(' ')}"` : term.words[0],
  )
}

describe('a reader query, understood', () => {
  it.each([
    ['nato', ['nato']],
    ['  NATO   Russia ', ['nato', 'russia']],
    ['Erdoğan Straße', ['erdogan', 'strasse']],
    ['"missile shield" Europe', ['"missile shield"', 'europe']],
    ['“missile shield”', ['"missile shield"']],
    ['"Lavrov"', ['lavrov']],
    ['nato nato NATO', ['nato']],
    ["O'Brien", ['o', 'brien']],
    ['U.S. e-mail 9:30', ['u', 's', 'e', 'mail', '9', '30']],
    ['rock and roll, or not', ['rock', 'and', 'roll', 'or', 'not']],
    ['Brexit: the latest (AP)', ['brexit', 'the', 'latest', 'ap']],
    ['"NOT a -word*"', ['"not a word"']],
    ['C++ & AT&T', ['c', 'at', 't']],
  ])('%j → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected)
  })
})

describe('a query that is refused, saying why', () => {
  it.each([
    ['', /no words to search for/],
    ['   ', /no words to search for/],
    ['!!! ... ???', /no words to search for/],
    ['""', /no words to search for/],
    ['x'.repeat(MAX_QUERY_LENGTH + 1), /201 characters long; the most is 200/],
    ['one two three four five six seven eight nine ten eleven twelve thirteen', /13 words/],
    ['"missile shield', /quote at character 1 that is never closed/],
    ['nato "a" "b', /quote at character 10 that is never closed/],
    ['nato OR russia', /"OR", an operator/],
    ['nato AND russia', /"AND", an operator/],
    ['NOT russia', /"NOT", an operator/],
    ['nato NEAR/3 russia', /"NEAR", an operator/],
    ['NEAR(nato russia)', /"NEAR", an operator/],
    ['lavr*', /"\*", an operator/],
    ['^nato', /"\^", an operator/],
    ['nato -russia', /"-" before a word, an operator/],
    ['+nato', /"\+" before a word, an operator/],
    ['headline:nato', /a field name \("headline:"\)/],
  ])('%j', (text, problem) => {
    const parsed = parseSearchQuery(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.problem).toMatch(problem)
      expect(parsed.problem).toMatch(/^q /)
    }
  })
})
