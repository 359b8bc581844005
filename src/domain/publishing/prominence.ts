import { foldText } from '../foldText'
import type { OrganizationRef, PersonRef, PublishableArticle } from './types'

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** True when one of `names` appears in `folded` (text already folded) as whole words. */
const appearsInFolded = (names: ReadonlyArray<string | undefined>, folded: string): boolean =>
  names.some((name) => {
    const key = name ? foldText(name) : ''
    if (key === '') return false
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`, 'u').test(folded)
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
