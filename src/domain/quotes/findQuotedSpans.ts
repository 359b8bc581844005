export interface QuotedSpan {
  /** Offset of the opening quotation mark. */
  openAt: number
  /** Offset of the closing quotation mark. */
  closeAt: number
}

const OPENING = new Set(['"', '\u201c', '\u201e'])
const CLOSING = new Set(['"', '\u201d'])

/**
 * Pairs double quotation marks (straight or curly) in one paragraph. An unmatched opening mark
 * is returned in `unclosedAt` so the caller can warn instead of silently dropping text.
 */
export const findQuotedSpans = (
  paragraph: string,
): { spans: QuotedSpan[]; unclosedAt: number | null } => {
  const spans: QuotedSpan[] = []
  let openAt: number | null = null
  for (let index = 0; index < paragraph.length; index += 1) {
    const char = paragraph[index] ?? ''
    if (openAt === null && OPENING.has(char)) openAt = index
    else if (openAt !== null && CLOSING.has(char)) {
      spans.push({ openAt, closeAt: index })
      openAt = null
    }
  }
  return { spans, unclosedAt: openAt }
}
