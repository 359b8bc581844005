import { foldText } from '../foldText'
import type { OrganizationRef, PersonRef, PublishableArticle } from './types'

// A letter or digit: what a name may not run into on either side ("Ana" is not in "Banana").
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u

const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && WORD_CHARACTER.test(character)

/** The code point that ends just before `index`, and the one that starts at it. */
const characterBefore = (text: string, index: number): string | undefined =>
  index <= 0 ? undefined : Array.from(text.slice(Math.max(0, index - 2), index)).pop()
const characterAt = (text: string, index: number): string | undefined => {
  const code = text.codePointAt(index)
  return code === undefined ? undefined : String.fromCodePoint(code)
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/** True when `index` falls between the two halves of one code point. */
const splitsCharacter = (text: string, index: number): boolean =>
  index > 0 && isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index))

/** True when `key` occurs in `text` as whole words (no letter or digit right before or after). */
const occursAsWords = (key: string, text: string): boolean => {
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
    const end = at + key.length
    if (
      !splitsCharacter(text, at) &&
      !splitsCharacter(text, end) &&
      !isWordCharacter(characterBefore(text, at)) &&
      !isWordCharacter(characterAt(text, end))
    ) {
      return true
    }
  }
  return false
}

/**
 * True when one of `names` appears in `folded` (text already folded) as whole words. A search, not
 * a regular expression per name: compiling one with Unicode classes cost more than a story's
 * whole news-standards rendering.
 */
const appearsInFolded = (names: ReadonlyArray<string | undefined>, folded: string): boolean =>
  names.some((name) => {
    const key = name ? foldText(name) : ''
    return key !== '' && occursAsWords(key, folded)
  })

/** True when one of `names` appears in `text` as whole words, ignoring case and accents. */
export const namesAppearIn = (names: ReadonlyArray<string | undefined>, text: string): boolean =>
  appearsInFolded(names, foldText(text))

/** The items that pass `test`, and those that do not, each in their order. */
const partition = <T>(items: T[], test: (item: T) => boolean): [T[], T[]] => {
  const passed: T[] = []
  const failed: T[] = []
  for (const item of items) (test(item) ? passed : failed).push(item)
  return [passed, failed]
}

export interface Prominence {
  about: { people: PersonRef[]; organizations: OrganizationRef[] }
  mentions: { people: PersonRef[]; organizations: OrganizationRef[] }
}

/**
 * Splits the people and organisations a story names into those it is about and those it only
 * mentions. Central: named in the headline or standfirst (by name, acronym or alias), or quoted.
 * The content model stores no such flag, so the rule reads only what an editor can see and fix.
 */
export const splitByProminence = (article: PublishableArticle): Prominence => {
  // Folded once: a story's renderings ask this of every person and organisation it names.
  const display = foldText([article.headline, article.standfirst ?? ''].join('\n'))
  const speakers = new Set((article.quotes ?? []).map((quote) => quote.speakerSlug))
  const isCentralPerson = (person: PersonRef) =>
    speakers.has(person.slug) || appearsInFolded([person.name, ...(person.aliases ?? [])], display)
  const isCentralOrganization = (organization: OrganizationRef) =>
    appearsInFolded(
      [organization.name, organization.acronym, ...(organization.aliases ?? [])],
      display,
    )
  const [aboutPeople, mentionedPeople] = partition(article.people ?? [], isCentralPerson)
  const [aboutOrganizations, mentionedOrganizations] = partition(
    article.organizations ?? [],
    isCentralOrganization,
  )
  return {
    about: { people: aboutPeople, organizations: aboutOrganizations },
    mentions: { people: mentionedPeople, organizations: mentionedOrganizations },
  }
}
