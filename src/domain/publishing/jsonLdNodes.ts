import { absoluteUri } from './absoluteUri'
import type { Credit } from './creditedAuthors'
import type {
  JsonLdImageObject,
  JsonLdOrganization,
  JsonLdOrganizationType,
  JsonLdPerson,
  JsonLdTag,
} from './jsonLdTypes'
import type { LeadImage, OrganizationKind, OrganizationRef, PersonRef, TagRef } from './types'
import { wikidataUri } from './wikidataUri'
import { withoutEmpty } from './withoutEmpty'

// The closest schema.org subtype; kinds schema.org has no type for stay plain Organization.
const ORGANIZATION_TYPES: Readonly<Record<OrganizationKind, JsonLdOrganizationType>> = {
  alliance: 'Organization',
  intergovernmental_body: 'Organization',
  government: 'GovernmentOrganization',
  state: 'Organization',
  news_agency: 'NewsMediaOrganization',
  photo_agency: 'NewsMediaOrganization',
  party: 'Organization',
  company: 'Corporation',
  other: 'Organization',
}

export const organizationType = (kind: OrganizationKind): JsonLdOrganizationType =>
  ORGANIZATION_TYPES[kind] ?? 'Organization'

export const personNode = (person: PersonRef): JsonLdPerson =>
  withoutEmpty({
    '@type': 'Person' as const,
    name: person.name,
    description: person.description,
    sameAs: wikidataUri(person.wikidataId),
  })

export const organizationNode = (organization: OrganizationRef): JsonLdOrganization =>
  withoutEmpty({
    '@type': organizationType(organization.kind),
    name: organization.name,
    alternateName: organization.acronym === organization.name ? undefined : organization.acronym,
    description: organization.description,
    sameAs: wikidataUri(organization.wikidataId),
  })

const TAG_TYPES: Readonly<Record<TagRef['kind'], JsonLdTag['@type']>> = {
  topic: 'Thing',
  place: 'Place',
  event: 'Event',
}

export const tagNode = (tag: TagRef): JsonLdTag => ({
  '@type': TAG_TYPES[tag.kind],
  name: tag.name,
})

/** Google's recommended author properties: the type, the name alone, and a url when known. */
export const authorNode = (credit: Credit): JsonLdPerson | JsonLdOrganization =>
  credit.kind === 'person'
    ? withoutEmpty({ '@type': 'Person' as const, name: credit.name, url: absoluteUri(credit.url) })
    : withoutEmpty({
        '@type': 'Organization' as const,
        name: credit.name,
        url: absoluteUri(credit.url),
        sameAs: wikidataUri(credit.wikidataId),
      })

/**
 * The lead photo. Its agencies are its `creator` (a wire credit names the agency, not the
 * photographer); no `copyrightNotice` is made up, since the CMS stores none.
 */
export const imageNode = (image: LeadImage): JsonLdImageObject | undefined => {
  const url = absoluteUri(image.url)
  if (!url) return undefined
  return withoutEmpty({
    '@type': 'ImageObject' as const,
    url,
    width: image.width,
    height: image.height,
    encodingFormat: image.mimeType,
    caption: image.caption,
    creditText: image.creditLine,
    creator: (image.agencies ?? []).map(organizationNode),
  })
}
