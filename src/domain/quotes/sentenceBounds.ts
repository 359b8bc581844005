import type { QuotedSpan } from './findQuotedSpans'

// Words whose full stop does not end a sentence ("U.S. Secretary", "Mr. Lavrov").
const ABBREVIATION_BEFORE =
  /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|Prof|No|vs))\.$/

const isInsideQuote = (index: number, spans: QuotedSpan[]): boolean =>
  spans.some((span) => index > span.openAt && index < span.closeAt)

/**
 * Offsets where sentences start in a paragraph: after ".", "!" or "?" (plus any closing quote)
 * and a space, unless the stop belongs to an abbreviation or sits inside a quotation.
 */
export const sentenceStarts = (paragraph: string, spans: QuotedSpan[]): number[] => {
  const starts = [0]
  const boundary = /[.!?]+["\u201d]?\s+/g
  for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
    const stopAt = match.index
    const next = match.index + match[0].length
    const endsWithQuote = /["\u201d]\s+$/.test(match[0])
    if (isInsideQuote(stopAt, spans) && !endsWithQuote) continue
    if (ABBREVIATION_BEFORE.test(paragraph.slice(0, stopAt + 1))) continue
    if (next < paragraph.length) starts.push(next)
  }
  return starts
}

/** The [start, end) of the sentence that contains `index`. */
export const sentenceAround = (
  paragraph: string,
  spans: QuotedSpan[],
  index: number,
): [number, number] => {
  const starts = sentenceStarts(paragraph, spans)
  const start = [...starts].reverse().find((offset) => offset <= index) ?? 0
  const end = starts.find((offset) => offset > index) ?? paragraph.length
  return [start, end]
}
