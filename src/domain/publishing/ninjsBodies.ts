import { countCharacters, countWords } from './countText'
import { escapeHtml } from './escapeHtml'
import type { NinjsBody } from './ninjsTypes'

/** One <p> per paragraph, text escaped; the body carries no other markup. */
export const paragraphsToHtml = (paragraphs: string[]): string =>
  paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')

/**
 * The body as HTML and as plain text. Both count what a reader reads, the paragraphs' own text
 * (no markup, no paragraph breaks), so the two bodies report the same counts.
 */
export const ninjsBodies = (paragraphs: string[]): NinjsBody[] => {
  if (paragraphs.length === 0) return []
  const charCount = paragraphs.reduce((sum, paragraph) => sum + countCharacters(paragraph), 0)
  const wordCount = paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0)
  return [
    {
      role: 'main',
      contentType: 'text/html',
      charCount,
      wordCount,
      value: paragraphsToHtml(paragraphs),
    },
    {
      role: 'main',
      contentType: 'text/plain',
      charCount,
      wordCount,
      value: paragraphs.join('\n\n'),
    },
  ]
}
