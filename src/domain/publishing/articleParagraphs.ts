import { paragraphsFromRichText } from '../richText'
import type { PublishableArticle } from './types'

/** The body as paragraphs of plain text, from `paragraphs` or else the Lexical body. */
export const articleParagraphs = (article: PublishableArticle): string[] =>
  (article.paragraphs ?? paragraphsFromRichText(article.body))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
