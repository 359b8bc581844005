import nlp from 'compromise'

import type { OrganizationKind } from '../registry/types'

interface Model {
  one: { lexicon: Record<string, string | string[]> }
  two: { orgWords: Record<string, boolean> }
}

// compromise's own word lists: its lexicon (with each word's tags) and its organisation heads.
const { one, two } = nlp.model() as Model
const lexicon = one.lexicon
const orgWords = two.orgWords

const tagsOf = (word: string): string[] => {
  const tags = lexicon[word.toLowerCase()]
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags]
}

// Offices compromise's lexicon does not list as people's roles (its list has minister, mayor,
// councillor, director, spokesperson…). Kept to the titles wire copy puts before a name.
const MORE_TITLE_WORDS = new Set([
  'chair',
  'governor',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'envoy',
  'premier',
  'prosecutor',
  'executive',
  'lawmaker',
  'councilor',
  'ombudsman',
])

// Heads of organisation names compromise's list lacks ("Bulgarian Socialist Party").
const MORE_ORGANIZATION_HEADS = new Set([
  'party',
  'municipality',
  'parliament',
  'assembly',
  'court',
  'embassy',
  'alliance',
])

/** A word that names an office or a role when it stands before a name ("Mayor", "chair"). */
export const isTitleWord = (word: string): boolean => {
  const lower = word.toLowerCase()
  if (MORE_TITLE_WORDS.has(lower)) return true
  return tagsOf(lower).some((tag) => tag === 'Actor' || tag === 'Honorific')
}

/** A word that ends an organisation's name ("Council", "Agency", "Party", "Fund"). */
export const isOrganizationHead = (word: string): boolean => {
  const lower = word.toLowerCase()
  return orgWords[lower] === true || MORE_ORGANIZATION_HEADS.has(lower)
}

/** A word of compromise's English lexicon ("stream", "south"), not a coined name ("Lukoil"). */
export const isDictionaryWord = (word: string): boolean => tagsOf(word).length > 0

const GOVERNMENT_HEADS = new Set([
  'council',
  'ministry',
  'municipality',
  'government',
  'parliament',
  'directorate',
  'assembly',
])

/** The kind a new organisation is filed under, from its name's head word; "other" when unsure. */
export const organizationKindOf = (headWord: string): OrganizationKind => {
  const lower = headWord.toLowerCase()
  if (lower === 'party') return 'party'
  return GOVERNMENT_HEADS.has(lower) ? 'government' : 'other'
}
