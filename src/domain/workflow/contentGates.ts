import { isRichTextEmpty } from '../richText'
import type { RichTextDocument } from '../richText'

export interface GateInput {
  headline?: null | string
  slug?: null | string
  section?: unknown
  body?: RichTextDocument | null
  /** The lead image's printed details; `null` when the story has none. */
  leadImage: { alt?: null | string; creditLine?: null | string } | null
  tags?: unknown[] | null
  people?: unknown[] | null
  organizations?: unknown[] | null
}

export interface GateFailure {
  /** The field the admin shows the message next to. */
  path: string
  message: string
}

const isBlank = (value: null | string | undefined): boolean => !value || value.trim() === ''
const count = (values: unknown[] | null | undefined): number => values?.length ?? 0

/** What a story needs before it is published or scheduled: one failure per field, none when ready. */
export const checkContentGates = (article: GateInput): GateFailure[] => {
  const failures: GateFailure[] = []
  if (isBlank(article.headline)) {
    failures.push({ path: 'headline', message: 'A story needs a headline before it goes out' })
  }
  if (isBlank(article.slug)) {
    failures.push({ path: 'slug', message: 'A story needs a slug before it goes out' })
  }
  if (article.section == null || article.section === '') {
    failures.push({ path: 'section', message: 'File the story under a section before it goes out' })
  }
  if (isRichTextEmpty(article.body)) {
    failures.push({
      path: 'body',
      message: 'The body is empty: write the story before it goes out',
    })
  }
  if (article.leadImage && isBlank(article.leadImage.alt)) {
    failures.push({ path: 'leadImage', message: 'The lead image needs alt text' })
  }
  if (article.leadImage && isBlank(article.leadImage.creditLine)) {
    failures.push({ path: 'leadImage', message: 'The lead image needs a credit line' })
  }
  if (count(article.tags) + count(article.people) + count(article.organizations) === 0) {
    failures.push({
      path: 'tags',
      message: 'Tag the story with at least one tag, person or organisation before it goes out',
    })
  }
  return failures
}
