import { endsPhrase, isCapitalised } from './nameRuns'
import type { NameRun } from './nameRuns'
import type { Word } from './readWords'
import { isTitleWord } from './vocabulary'

/** The office a page gives someone: as printed, with "of X" kept apart when X is named. */
export interface PrintedTitle {
  /** "council chair", "Greek Finance Minister", "mayor of Lampedusa". */
  text: string
  /** Capitalised words before the office words ("Gazprom" in "Gazprom spokesman"). */
  prefix: string | null
  /** The name after "of" ("Plovdiv City Council" in "chair of the Plovdiv City Council"). */
  ofName: string | null
}

const MAX_TITLE_WORDS = 6

// A capitalised word inside a title is part of it whatever compromise makes of it alone
// ("Finance" is also a verb); a lowercase one must qualify the office ("regional", "council").
const isModifier = (word: Word): boolean =>
  isCapitalised(word)
    ? !['Determiner', 'Pronoun', 'Preposition', 'Conjunction'].some((tag) => word.tags.has(tag))
    : !['Determiner', 'Pronoun', 'Verb', 'Preposition', 'Conjunction', 'Adverb', 'Value'].some(
        (tag) => word.tags.has(tag),
      ) &&
      (word.tags.has('Adjective') || word.tags.has('Noun'))

const printed = (paragraph: string, words: Word[], first: number, last: number): string =>
  paragraph.slice(words[first]!.start, words[last]!.end)

/** Capitalised words at the start of a title, before its first office word. */
const prefixOf = (paragraph: string, words: Word[], first: number, last: number) => {
  let end = first
  while (end <= last && isCapitalised(words[end]!) && !isTitleWord(words[end]!.text)) end += 1
  return end > first ? printed(paragraph, words, first, end - 1) : null
}

/**
 * The title printed right before a name: "council chair Stefan Mihaylov", "said councillor
 * Nadezhda Kirova", "Vidin regional governor Sofia Vasileva". Office words and the words that
 * qualify them, up to punctuation, a verb or an article; the word next to the name must be an
 * office ("chair", "Minister"), so "Bulgaria's state-owned Bulgargaz" has none.
 */
export const findTitleBefore = (
  paragraph: string,
  words: Word[],
  run: NameRun,
): PrintedTitle | null => {
  const adjacent = words[run.first - 1]
  if (!adjacent || endsPhrase(adjacent) || !isTitleWord(adjacent.text)) return null
  let first = run.first - 1
  while (first > 0 && run.first - first < MAX_TITLE_WORDS) {
    const word = words[first - 1]!
    const isOfBetweenCapitals =
      word.text === 'of' && isCapitalised(words[first]!) && isCapitalised(words[first - 2] ?? word)
    if (endsPhrase(word) || !(isModifier(word) || isOfBetweenCapitals)) break
    first -= 1
  }
  // A lowercase word that only names the thing ("reporters", "vote") cannot start a title.
  while (
    first < run.first - 1 &&
    !isCapitalised(words[first]!) &&
    !isTitleWord(words[first]!.text)
  ) {
    const next = words[first + 1]!
    if (isTitleWord(next.text) || isCapitalised(next)) break
    first += 1
  }
  return {
    text: printed(paragraph, words, first, run.first - 1),
    prefix: prefixOf(paragraph, words, first, run.first - 1),
    ofName: null,
  }
}

/** "… of (the) Capitalised Name" starting at `at`: the name's last word index and its text. */
const ofNameAt = (paragraph: string, words: Word[], at: number) => {
  if (words[at]?.text !== 'of') return null
  let first = at + 1
  if (words[first]?.text === 'the') first += 1
  let last = first
  if (!words[first] || !isCapitalised(words[first]!)) return null
  while (
    !endsPhrase(words[last]!) &&
    words[last + 1] &&
    (isCapitalised(words[last + 1]!) ||
      (['of', 'and'].includes(words[last + 1]!.text) &&
        isCapitalised(words[last + 2] ?? words[0]!)))
  )
    last += 1
  return { last, text: printed(paragraph, words, first, last).replace(/['’]s$/, '') }
}

/**
 * A title printed around the name with commas: "the mayor of Lampedusa, Giusi Nicolini" or
 * "Ivan Totev, chair of the Plovdiv City Council,". Only titles that say "of" whom, so a
 * description ("a retired teacher") is not taken for an office.
 */
export const findAppositiveTitle = (
  paragraph: string,
  words: Word[],
  run: NameRun,
): PrintedTitle | null => {
  // Before: "<office words> of <Name>, <person>"
  const before = words[run.first - 1]
  if (before && /^,\s*$/.test(before.after)) {
    let nameStart = run.first - 1
    while (
      nameStart > 0 &&
      isCapitalised(words[nameStart - 1]!) &&
      !endsPhrase(words[nameStart - 1]!)
    )
      nameStart -= 1
    let ofAt = nameStart - 1
    if (words[ofAt]?.text === 'the') ofAt -= 1
    const of = ofNameAt(paragraph, words, ofAt)
    const office = words[ofAt - 1]
    if (of && of.last === run.first - 1 && office && isTitleWord(office.text)) {
      let first = ofAt - 1
      while (first > 0 && isModifier(words[first - 1]!) && !endsPhrase(words[first - 1]!))
        first -= 1
      return {
        text: printed(paragraph, words, first, run.first - 1).replace(/['’]s$/, ''),
        prefix: null,
        ofName: of.text,
      }
    }
  }
  // After: "<person>, (the) <office words> of (the) <Name>"
  const last = words[run.last]
  if (!last || !/^,\s*$/.test(last.after)) return null
  let at = run.last + 1
  if (['the', 'a', 'an'].includes(words[at]?.text ?? '')) at += 1
  const officeStart = at
  while (words[at] && isModifier(words[at]!) && !endsPhrase(words[at]!) && words[at]!.text !== 'of')
    at += 1
  const office = words[at - 1]
  if (at === officeStart || !office || !isTitleWord(office.text)) return null
  const of = ofNameAt(paragraph, words, at)
  if (!of) return null
  return {
    text: printed(paragraph, words, officeStart, at - 1),
    prefix: null,
    ofName: of.text,
  }
}
