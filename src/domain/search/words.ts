import { stemmer } from 'stemmer'

import { foldText } from '../foldText'

/** A word of a text: where it stands and the form matching compares. */
export interface WordSpan {
  start: number
  end: number
  /** Lowercase and accent-free, as the index stores it (foldText). */
  folded: string
}

// The engines' tokenizers (FTS5 unicode61, PostgreSQL's parser, MongoDB's) split words at anything
// that is not a letter or a digit; so does this, so a query's words are the index's words.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu

/** The words of `text`, in order, with their offsets in it. */
export const wordsOf = (text: string): WordSpan[] =>
  [...text.matchAll(WORD)].flatMap((match) => {
    const folded = foldText(match[0])
    // A word whose letters fold to several (ß → ss) stays one word.
    const plain = folded.replace(/[^\p{L}\p{N}]/gu, '')
    return plain === ''
      ? []
      : [{ start: match.index, end: match.index + match[0].length, folded: plain }]
  })

/**
 * The index's form of a text: its words, folded, one space apart. Both dialects index this (the
 * engine then stems it), so "Erdoğan" and "Erdogan" are one word on every database.
 */
export const indexText = (text: string): string =>
  wordsOf(text)
    .map((word) => word.folded)
    .join(' ')

/** The English stem the engines match on (Porter), for telling which words matched. */
export const stemOf = (folded: string): string => stemmer(folded)
