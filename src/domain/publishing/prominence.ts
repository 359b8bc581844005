import { foldText } from '../foldText'
import type { OrganizationRef, PersonRef, PublishableArticle } from './types'

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** True when one of `names` appears in `text` as whole words, ignoring case and accents. */
export const namesAppearIn = (names: ReadonlyArray<string | undefined>, text: string): boolean => {
  const folded = foldText(text)
  return names.some((name) => {
    const key = name ? foldText(name) : ''
    if (key === '') return false
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`, 'u').test(folded)
  })
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
  const display = [article.headline, article.standfirst ?? ''].join('\n')
  const speakers = new Set((article.quotes ?? []).map((quote) => quote.speakerSlug))
  const isCentralPerson = (person: PersonRef) =>
    speakers.has(person.slug) || namesAppearIn([person.name, ...(person.aliases ?? [])], display)
  const isCentralOrganization = (organization: OrganizationRef) =>
    namesAppearIn(
      [organization.name, organization.acronym, ...(organization.aliases ?? [])],
      display,
    )
  const people = article.people ?? []
  const organizations = article.organizations ?? []
  return {
    about: {
      people: people.filter(isCentralPerson),
      organizations: organizations.filter(isCentralOrganization),
    },
    mentions: {
      people: people.filter((person) => !isCentralPerson(person)),
      organizations: organizations.filter((organization) => !isCentralOrganization(organization)),
    },
  }
}
