import type { Word } from './readWords'
import { isOrganizationHead, isTitleWord } from './vocabulary'

/** Consecutive capitalised words that may name someone or something ("Stefan Mihaylov"). */
export interface NameRun {
  /** Index of the run's first word in the paragraph's words. */
  first: number
  /** Index of its last word. */
  last: number
  text: string
  start: number
  end: number
}

// Words compromise tags this way are never part of a name, even capitalised at a sentence start.
const NOT_A_NAME = [
  'Determiner',
  'Conjunction',
  'Preposition',
  'Pronoun',
  'Verb',
  'Adverb',
  'Value',
  'Date',
  'Month',
  'WeekDay',
  'QuestionWord',
]

export const isCapitalised = (word: Word): boolean => /^\p{Lu}/u.test(word.text)

/** All capitals, like an acronym ("NATO", "BTA"): an organisation or agency, never a person. */
export const isAcronym = (word: Word): boolean => /^[\p{Lu}\d&-]{2,}$/u.test(word.text)

const isNameWord = (word: Word): boolean =>
  isCapitalised(word) &&
  !NOT_A_NAME.some((tag) => word.tags.has(tag)) &&
  !word.tags.has('Demonym') &&
  !isTitleWord(word.text)

/** Punctuation after a word (a comma, a quotation mark, a full stop) ends a name there. */
export const endsPhrase = (word: Word): boolean => /[^\s]/.test(word.after.replace(/^['’]s/, ''))

const textOf = (paragraph: string, words: Word[], first: number, last: number): string =>
  paragraph.slice(words[first]!.start, words[last]!.end).replace(/['’]s$/, '')

/**
 * Runs of capitalised words that could be a person's name: no title word ("Minister"), no
 * demonym ("Greek"), no function word, broken by punctuation. "Finance Minister Evangelos
 * Venizelos said" gives "Finance" and "Evangelos Venizelos".
 */
export const findNameRuns = (paragraph: string, words: Word[]): NameRun[] => {
  const runs: NameRun[] = []
  let first = -1
  const close = (last: number) => {
    if (first === -1) return
    // Office words compromise does not list ("Secretary General", "Secretary of State") may run
    // into the name: the name starts at its first name ("General Anders Fogh Rasmussen").
    const firstName = words.slice(first, last + 1).findIndex((word) => word.tags.has('FirstName'))
    if (firstName > 0) first += firstName
    runs.push({
      first,
      last,
      text: textOf(paragraph, words, first, last),
      start: words[first]!.start,
      end: words[last]!.end,
    })
    first = -1
  }
  words.forEach((word, index) => {
    if (!isNameWord(word) || word.before.includes('"') || word.before.includes('\u201c')) {
      close(index - 1)
      if (!isNameWord(word)) return
    }
    if (first === -1) first = index
    if (endsPhrase(word) || /['’]s$/.test(word.text)) close(index)
  })
  close(words.length - 1)
  return runs
}

/** A run shaped like a person's full name: two to four words, none an acronym or an org's head. */
export const isPersonShaped = (run: NameRun, words: Word[]): boolean => {
  const runWords = words.slice(run.first, run.last + 1)
  const last = runWords.at(-1)
  return (
    runWords.length >= 2 &&
    runWords.length <= 4 &&
    !runWords.some((word) => isAcronym(word) || isOrganizationHead(word.text)) &&
    !!last &&
    !last.tags.has('Organization') &&
    !last.tags.has('Country') &&
    !/['’]s$/.test(last.text)
  )
}

/** compromise recognised a first or last name among the run's words. */
export const hasNameTags = (run: NameRun, words: Word[]): boolean =>
  words
    .slice(run.first, run.last + 1)
    .some((word) => ['Person', 'FirstName', 'LastName'].some((tag) => word.tags.has(tag)))

// Lowercase words allowed inside an organisation's name, between capitalised ones.
const ORGANIZATION_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on'])

/** An organisation named in the text, with the word that makes it one ("Council"). */
export interface OrganizationRun {
  text: string
  start: number
  end: number
  head: string
}

/**
 * Capitalised names whose head is an organisation word (compromise's list: Council, Ministry,
 * Agency, Fund, Union…): "The Plovdiv City Council", "the Bulgarian Ministry of Interior". The
 * head is the last word, or the word before "of" ("Ministry of Finance").
 */
export const findOrganizationRuns = (paragraph: string, words: Word[]): OrganizationRun[] => {
  const runs: OrganizationRun[] = []
  let index = 0
  while (index < words.length) {
    const word = words[index]!
    const isStart =
      isCapitalised(word) && !NOT_A_NAME.some((tag) => word.tags.has(tag) && tag !== 'Verb')
    if (!isStart) {
      index += 1
      continue
    }
    let last = index
    while (!endsPhrase(words[last]!)) {
      let next = last + 1
      while (
        words[next] &&
        ORGANIZATION_CONNECTORS.has(words[next]!.text) &&
        !endsPhrase(words[next]!)
      )
        next += 1
      if (!words[next] || !isCapitalised(words[next]!)) break
      last = next
    }
    const runWords = words.slice(index, last + 1)
    const ofAt = runWords.findIndex((runWord) => runWord.text === 'of')
    const headBeforeOf = ofAt > 0 ? runWords[ofAt - 1]! : null
    let first = index
    let head = headBeforeOf ?? runWords.at(-1)!
    if (headBeforeOf && !isOrganizationHead(headBeforeOf.text)) {
      // "Petrova of the Bulgarian Socialist Party": the organisation is what follows "of".
      const lastOf = runWords.map((runWord) => runWord.text).lastIndexOf('of')
      first = index + lastOf + 1
      if (words[first]?.text === 'the') first += 1
      head = runWords.at(-1)!
    }
    if (first <= last && isOrganizationHead(head.text) && isCapitalised(head)) {
      runs.push({
        text: textOf(paragraph, words, first, last),
        start: words[first]!.start,
        end: words[last]!.end,
        head: head.text,
      })
    }
    index = last + 1
  }
  return runs
}
