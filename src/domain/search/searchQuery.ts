import { wordsOf } from './words'

/** The longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200
/** The most words a query may have (each one an index look-up). */
export const MAX_QUERY_WORDS = 12

/** Words that must all appear, or a phrase whose words must appear in this order. */
export interface SearchTerm {
  /** Folded words (lowercase, accent-free), as the index stores them. */
  words: string[]
  isPhrase: boolean
}

/** A reader's query, understood: every term must match. */
export interface SearchQuery {
  terms: SearchTerm[]
}

export type ParsedQuery = { ok: true; query: SearchQuery } | { ok: false; problem: string }

const HINT = 'search for words, or a "phrase" in double quotes'

// Curly quotes typed on phones are quotes too.
const QUOTES = /["\u201c\u201d\u201e\u00ab\u00bb]/u
const BOOLEAN_OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR'])

/** An engine's query syntax met outside quotes, described for the reader, or null. */
const operatorIn = (chunk: string): null | string => {
  for (const token of chunk.split(/\s+/u).filter(Boolean)) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    if (/^NEAR(\/\d+|\()/u.test(token)) return '"NEAR"'
    if (BOOLEAN_OPERATORS.has(word)) return `"${word}"`
    if (token.includes('*')) return '"*"'
    if (token.includes('^')) return '"^"'
    if (/^[-+][\p{L}\p{N}]/u.test(token)) return `"${token[0]}" before a word`
    if (/^\p{L}+:[\p{L}\p{N}]/u.test(token)) {
      return `a field name ("${token.slice(0, token.indexOf(':') + 1)}")`
    }
  }
  return null
}

/**
 * Reads what a reader typed: words that must all match, "quoted phrases", nothing else. Engine
 * syntax (AND, OR, NOT, NEAR, word*, ^word, -word, +word, field:word) is refused, saying which,
 * never passed on: each engine reads it differently, and a malformed one is the engine's error.
 * Other punctuation separates words, as the engines' tokenizers do.
 */
export const parseSearchQuery = (text: string): ParsedQuery => {
  if (text.length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      problem: `q is ${text.length} characters long; the most is ${MAX_QUERY_LENGTH}`,
    }
  }
  const chunks = text.split(QUOTES)
  if (chunks.length % 2 === 0) {
    const opened = text.length - chunks[chunks.length - 1]!.length - 1
    return {
      ok: false,
      problem: `q has a quote at character ${opened + 1} that is never closed: ${HINT}`,
    }
  }
  const terms: SearchTerm[] = []
  const seen = new Set<string>()
  for (const [index, chunk] of chunks.entries()) {
    const isPhrase = index % 2 === 1
    if (!isPhrase) {
      const operator = operatorIn(chunk)
      if (operator) return { ok: false, problem: `q uses ${operator}, an operator: ${HINT}` }
    }
    const words = wordsOf(chunk).map((word) => word.folded)
    const found: SearchTerm[] =
      isPhrase && words.length > 1
        ? [{ words, isPhrase: true }]
        : words.map((word) => ({ words: [word], isPhrase: false }))
    for (const term of found) {
      const key = term.words.join(' ')
      if (seen.has(key)) continue
      seen.add(key)
      terms.push(term)
    }
  }
  const wordCount = terms.reduce((sum, term) => sum + term.words.length, 0)
  if (wordCount === 0) return { ok: false, problem: `q has no words to search for: ${HINT}` }
  if (wordCount > MAX_QUERY_WORDS) {
    return {
      ok: false,
      problem: `q has ${wordCount} words; the most is ${MAX_QUERY_WORDS}`,
    }
  }
  return { ok: true, query: { terms } }
}

/** Every word of the query, once: what the passage marks. */
export const queryWords = (query: SearchQuery): string[] => [
  ...new Set(query.terms.flatMap((term) => term.words)),
]
