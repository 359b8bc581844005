import { markup } from './html'
import type { SafeHtml } from './html'
import { SITE_PATHS } from './paths'
import type { StoryQuote } from './types'

interface Span {
  start: number
  end: number
  quote: StoryQuote
}

/**
 * Where a quote sits in its paragraph: at its stored offsets when they still hold its words,
 * else where its words first appear (an editor may have changed the paragraph since the import).
 */
const spanIn = (paragraph: string, quote: StoryQuote): Span | undefined => {
  const { start, end, text } = quote
  if (text.trim() === '') return undefined
  if (start !== undefined && end !== undefined && paragraph.slice(start, end) === text) {
    return { start, end, quote }
  }
  const found = paragraph.indexOf(text)
  return found === -1 ? undefined : { start: found, end: found + text.length, quote }
}

/** Spans in reading order; one that overlaps an earlier one is left unmarked. */
const spansOf = (paragraph: string, quotes: StoryQuote[]): Span[] => {
  const spans = quotes
    .map((quote) => spanIn(paragraph, quote))
    .filter((span) => span !== undefined)
    .sort((a, b) => a.start - b.start)
  const kept: Span[] = []
  for (const span of spans) {
    const last = kept[kept.length - 1]
    if (!last || span.start >= last.end) kept.push(span)
  }
  return kept
}

const quoteElement = (words: string, quote: StoryQuote): SafeHtml =>
  quote.speaker
    ? markup`<q cite="${SITE_PATHS.person(quote.speaker.slug)}" data-speaker="${quote.speaker.name}">${words}</q>`
    : markup`<q>${words}</q>`

/**
 * The body's paragraphs with each quotation in a `<q>`, its `cite` the speaker's page: what was
 * said and by whom stays machine-readable in the page. The quotation marks stay in the text as
 * printed (the page's style keeps `<q>` from adding its own).
 */
export const quotedParagraphs = (paragraphs: string[], quotes: StoryQuote[]): SafeHtml[] =>
  paragraphs.map((paragraph, index) => {
    const here = quotes.filter(
      (quote) => quote.paragraphIndex === undefined || quote.paragraphIndex === index,
    )
    let at = 0
    const parts: Array<SafeHtml | string> = []
    for (const span of spansOf(paragraph, here)) {
      parts.push(paragraph.slice(at, span.start))
      parts.push(quoteElement(paragraph.slice(span.start, span.end), span.quote))
      at = span.end
    }
    parts.push(paragraph.slice(at))
    return markup`<p>${parts}</p>`
  })
