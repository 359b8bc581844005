import { CORPUS_WORDS } from './corpus/plan'
import type { CorpusPools } from './corpus/plan'

/**
 * The queries the search path rotates over, drawn from the corpus's own words and names, in turn:
 * a word (common: each is in a large share of the stories), two words, a person's full name (a
 * few dozen stories), and two words as a phrase. The same list every run.
 */
export const searchQueries = (pools: CorpusPools, count = 200): string[] => {
  const words = CORPUS_WORDS
  const word = (n: number) => words[n % words.length]!
  return Array.from({ length: count }, (_, index) => {
    switch (index % 4) {
      case 0:
        return word(index)
      case 1:
        return `${word(index)} ${word(index * 7 + 3)}`
      case 2:
        return pools.people[(index * 13) % pools.people.length]!
      default:
        return `"${word(index * 5)} ${word(index * 11 + 1)}"`
    }
  })
}
