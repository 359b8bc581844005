import type { PersonLink, StoryQuote, StoryView } from '../domain/site/types'
import type { Article, Person, Section } from '../payload-types'
import { toPublishableArticle } from '../publishing/publishableArticle'
import { serverUrl } from '../settings'

const isPopulated = <T extends object>(value: T | number | string | null | undefined): value is T =>
  typeof value === 'object' && value !== null

const personLink = (person: Person): PersonLink => ({
  name: person.name,
  slug: person.slug ?? String(person.id),
})

const personLinks = (people: Article['people']): PersonLink[] =>
  (people ?? []).filter(isPopulated).map(personLink)

const number = (value: number | null | undefined): number | undefined => value ?? undefined

const storyQuote = (quote: NonNullable<Article['quotes']>[number]): StoryQuote => ({
  text: quote.text,
  speaker: isPopulated(quote.speaker) ? personLink(quote.speaker) : undefined,
  paragraphIndex: number(quote.paragraphIndex),
  start: number(quote.start),
  end: number(quote.end),
})

/**
 * The page's view of an article read for the outputs (findOutputArticle): the same publishable
 * story the JSON-LD and ninjs routes render, plus what only a page prints (links to people, the
 * section's address, where each quote sits in the body).
 */
export const storyView = (article: Article, { isPreview }: { isPreview: boolean }): StoryView => ({
  article: toPublishableArticle(article, { apiOrigin: serverUrl(), isPreview }),
  authors: personLinks(article.authors),
  people: personLinks(article.people),
  sectionSlug: isPopulated<Section>(article.section)
    ? (article.section.slug ?? undefined)
    : undefined,
  quotes: (article.quotes ?? []).map(storyQuote),
  isPreview,
})
