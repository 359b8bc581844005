/** Long enough for a search result's snippet or a shared link's card, short enough to fit one. */
export const SUMMARY_LENGTH = 200

/**
 * A page's description: the standfirst, else the opening of the first paragraph, cut at a word
 * with an ellipsis when it runs long.
 */
export const summaryOf = (
  standfirst: string | undefined,
  paragraphs: string[],
): string | undefined => {
  const text = (standfirst?.trim() || paragraphs[0]?.trim() || '').replace(/\s+/g, ' ')
  if (text === '') return undefined
  if (text.length <= SUMMARY_LENGTH) return text
  const cut = text.slice(0, SUMMARY_LENGTH - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > SUMMARY_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`
}
