/** How many words of a quote its label shows: enough to tell quotes apart at a glance. */
export const QUOTE_LABEL_WORDS = 8

export interface QuoteLabelInput {
  text?: null | string
  /** The speaker's name, once known. */
  speakerName?: null | string
  /** The attribution as printed ("Lavrov said…"), shown while the speaker is not set. */
  attribution?: null | string
}

const firstWords = (text: string, count: number): string => {
  const words = text.trim().split(/\s+/).filter(Boolean)
  // The comma before the closing mark ("…agree yet,” he said) is the sentence's, not the quote's.
  if (words.length <= count) return words.join(' ').replace(/[,;:]+$/, '')
  return `${words
    .slice(0, count)
    .join(' ')
    .replace(/[,;:.]+$/, '')}…`
}

/**
 * A quote's row in the admin, labelled as an editor scans them: who said it, then its first
 * words ("Sergey Lavrov: “Apart from general remarks about…”").
 */
export const quoteLabel = ({ text, speakerName, attribution }: QuoteLabelInput): string => {
  const who =
    speakerName?.trim() ||
    (attribution?.trim() ? `Unattributed (${firstWords(attribution, 4)})` : 'Unattributed')
  const words = text?.trim() ? `“${firstWords(text, QUOTE_LABEL_WORDS)}”` : 'no words yet'
  return `${who}: ${words}`
}
