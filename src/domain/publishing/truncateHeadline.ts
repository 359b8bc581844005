/**
 * Google's article guidance long capped `headline` at 110 characters (the AMP limit) and still
 * warns that long titles get cut off on some devices; we cut at a word boundary with an ellipsis.
 */
export const HEADLINE_MAX_LENGTH = 110

export const truncateHeadline = (headline: string, maxLength = HEADLINE_MAX_LENGTH): string => {
  const text = headline.trim().replace(/\s+/g, ' ')
  const chars = [...text]
  if (chars.length <= maxLength) return text
  const room = chars.slice(0, maxLength - 1).join('')
  const isWholeWord = chars[maxLength - 1] === ' '
  const lastSpace = room.lastIndexOf(' ')
  // A single word longer than the limit is cut mid-word rather than left whole.
  const cut = isWholeWord || lastSpace <= 0 ? room : room.slice(0, lastSpace)
  return `${cut.replace(/[\s,;:.\-\u2013\u2014]+$/u, '')}…`
}
