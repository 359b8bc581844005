import type { OrganizationRef, PublishableArticle } from './types'

const uniqueBySlug = (organizations: OrganizationRef[]): OrganizationRef[] => [
  ...new Map(organizations.map((organization) => [organization.slug, organization])).values(),
]

/** The agencies credited for the lead photo. */
export const photoAgencies = (article: PublishableArticle): OrganizationRef[] =>
  uniqueBySlug(article.leadImage?.agencies ?? [])

/**
 * The agencies the story's text came from. The importer lists the photo's agencies among the
 * sources too; a photo agency credited only for the photo did not supply the words, so it is left
 * out here (a news agency that also sent the photo stays).
 */
export const textAgencies = (article: PublishableArticle): OrganizationRef[] => {
  const photoOnly = new Set(
    photoAgencies(article)
      .filter((agency) => agency.kind === 'photo_agency')
      .map((agency) => agency.slug),
  )
  return uniqueBySlug(article.sourceAgencies ?? []).filter((agency) => !photoOnly.has(agency.slug))
}
