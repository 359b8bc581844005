import type { NinjsConcept, NinjsInfoSource } from './ninjsTypes'
import type { OrganizationRef, PersonRef, TagRef } from './types'
import { wikidataUri } from './wikidataUri'
import { withoutEmpty } from './withoutEmpty'

/** A person or organisation, identified by Wikidata when known and by its slug always. */
export const entityConcept = (entity: PersonRef | OrganizationRef, rel: string): NinjsConcept =>
  withoutEmpty({
    name: entity.name,
    rel,
    uri: wikidataUri(entity.wikidataId),
    literal: entity.slug,
  })

export const tagConcept = (tag: TagRef): NinjsConcept => ({
  name: tag.name,
  rel: 'about',
  literal: tag.slug,
})

export const infoSource = (agency: OrganizationRef, role: string): NinjsInfoSource =>
  withoutEmpty({
    name: agency.name,
    role,
    uri: wikidataUri(agency.wikidataId),
    literal: agency.slug,
  })
