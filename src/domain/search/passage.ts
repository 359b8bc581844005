import { escapeHtml } from '../publishing/escapeHtml'
import { stemOf, wordsOf } from './words'
import type { WordSpan } from './words'

/** The parts of a story search reads, in the order a passage is preferred from. */
export const PASSAGE_FIELDS = ['body', 'standfirst', 'quotes', 'headline', 'names'] as const
export type PassageField = (typeof PASSAGE_FIELDS)[number]

/** The stretch of a story that matched, for a results page. */
export interface Passage {
  field: PassageField
  /** The passage as plain text ("…" where it was cut). */
  text: string
  /** The same, HTML-escaped, each matched word in `<mark>`. */
  html: string
}

/** About two lines of a results page. */
const WINDOW_WORDS = 30
/** Words shown before the first match, so it is read in context. */
const LEAD_WORDS = 5
const ELLIPSIS = '…'

/** Tells which words of a text match the query: the same word, or the same English stem. */
const matcherOf = (queryWords: readonly string[]) => {
  const words = new Set(queryWords)
  const stems = new Map(queryWords.map((word) => [stemOf(word), word]))
  return (span: WordSpan): null | string =>
    words.has(span.folded) ? span.folded : (stems.get(stemOf(span.folded)) ?? null)
}

interface Candidate {
  field: PassageField
  text: string
  spans: WordSpan[]
  /** For each span, the query word it matches, or null. */
  matches: Array<null | string>
}

interface Window {
  start: number
  end: number
  distinct: number
  count: number
}

/** The window of WINDOW_WORDS words with the most distinct query words, then the most matches. */
const bestWindow = (candidate: Candidate): Window => {
  const { spans, matches } = candidate
  let best: Window = { start: 0, end: Math.min(spans.length, WINDOW_WORDS), distinct: 0, count: 0 }
  matches.forEach((match, index) => {
    if (match === null) return
    const start = Math.max(0, Math.min(index - LEAD_WORDS, spans.length - WINDOW_WORDS))
    const end = Math.min(spans.length, start + WINDOW_WORDS)
    const inside = matches.slice(start, end).filter((word): word is string => word !== null)
    const window = { start, end, distinct: new Set(inside).size, count: inside.length }
    const isBetter =
      window.distinct > best.distinct ||
      (window.distinct === best.distinct && window.count > best.count)
    if (isBetter) best = window
  })
  return best
}

const render = (candidate: Candidate, window: Window): Passage => {
  const { text, spans, matches } = candidate
  // A passage that reaches either end of the text keeps its punctuation there.
  const from = window.start === 0 ? 0 : spans[window.start]!.start
  const to = window.end >= spans.length ? text.length : spans[window.end - 1]!.end
  const before = window.start > 0 ? ELLIPSIS : ''
  const after = window.end < spans.length ? ELLIPSIS : ''
  let plain = before
  let html = before
  let cursor = from
  for (let index = window.start; index < window.end; index += 1) {
    const span = spans[index]!
    const between = text.slice(cursor, span.start)
    const word = text.slice(span.start, span.end)
    plain += between + word
    html +=
      escapeHtml(between) + (matches[index] ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word))
    cursor = span.end
  }
  plain += text.slice(cursor, to) + after
  html += escapeHtml(text.slice(cursor, to)) + after
  return { field: candidate.field, text: plain, html }
}

/**
 * The passage a results page shows for a story: from the field with the most distinct query words
 * (body first on a tie, the headline being shown anyway), the stretch of about 30 words that holds
 * the most of them, each matched word marked. Words match as the index matched them: folded, and
 * by English stem ("elections" marks "election"). Null when the story has no text at all.
 */
export const findPassage = (
  fields: Partial<Record<PassageField, null | string>>,
  queryWords: readonly string[],
): null | Passage => {
  const match = matcherOf(queryWords)
  let best: null | { candidate: Candidate; window: Window } = null
  for (const field of PASSAGE_FIELDS) {
    const text = fields[field]?.trim()
    if (!text) continue
    const spans = wordsOf(text)
    const candidate: Candidate = { field, text, spans, matches: spans.map(match) }
    const window = bestWindow(candidate)
    if (!best || window.distinct > best.window.distinct) best = { candidate, window }
  }
  return best ? render(best.candidate, best.window) : null
}
