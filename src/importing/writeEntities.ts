import { findAgency } from '../domain/importing/newsAgencies'
import type { WireImportPlan } from '../domain/importing/planWireImport'
import { organizationKindValue } from '../domain/registry/types'
import type { OrganizationEntry } from '../domain/registry/types'
import { idOfKey } from './readDirectory'
import { saveDocument } from './saveDocument'
import type { DocumentId, ImportSession } from './types'

/** What an import creates is to be checked: marked for review, with the sentence that shows it. */
const toReview = (plan: WireImportPlan, key: string) => ({
  needsReview: true,
  foundIn: plan.foundIn[key] ?? null,
})

const organizationData = (entry: OrganizationEntry, parent: DocumentId | null) => {
  // An agency from the agencies file is created with every name it goes by.
  const agency = entry.key.startsWith('agency:') ? (findAgency(entry.name) ?? entry) : entry
  return {
    name: agency.name,
    slug: agency.slug,
    acronym: agency.acronym,
    aliases: agency.aliases,
    kind: organizationKindValue(agency.kind),
    parent,
    country: agency.country,
    description: agency.description || null,
  }
}

/**
 * Links the people, organisations and tags a plan names to their documents, creating the ones
 * the database does not hold yet (to review). Returns document ids by plan key.
 */
export const writeEntities = async (
  session: ImportSession,
  plan: WireImportPlan,
): Promise<Map<string, DocumentId>> => {
  const ids = new Map<string, DocumentId>()
  const idOf = (key: string | null): DocumentId | null =>
    key === null ? null : (idOfKey(key) ?? ids.get(key) ?? null)

  for (const entry of plan.organizationsToWrite) {
    const known = idOfKey(entry.key)
    if (known !== null) {
      ids.set(entry.key, known)
      continue
    }
    const data = organizationData(entry, idOf(entry.parent))
    const saved = await saveDocument(session, 'organizations', {
      match: [{ slug: { equals: data.slug } }, { name: { equals: data.name } }],
      create: () => ({ ...data, ...toReview(plan, entry.key) }),
    })
    ids.set(entry.key, saved.id)
  }

  for (const person of plan.people) {
    const known = idOfKey(person.key)
    if (known !== null) {
      ids.set(person.key, known)
      continue
    }
    const saved = await saveDocument(session, 'people', {
      match: [{ slug: { equals: person.slug } }, { name: { equals: person.name } }],
      create: () => ({
        name: person.name,
        slug: person.slug,
        pronoun: person.pronoun,
        positions: person.positions.map((position) => ({
          title: position.title,
          organization: idOf(position.organization),
        })),
        ...toReview(plan, person.key),
      }),
    })
    ids.set(person.key, saved.id)
  }

  // A title the page gives someone known, who holds no such office yet: added, to review.
  for (const change of plan.newPositions) {
    const id = idOfKey(change.personKey)
    if (id === null) continue
    await saveDocument(session, 'people', {
      match: [{ id: { equals: id } }],
      update: (existing) => ({
        positions: [
          ...(existing.positions ?? []),
          { title: change.position.title, organization: idOf(change.position.organization) },
        ],
        needsReview: true,
        foundIn: existing.foundIn ?? change.foundIn,
      }),
      create: () => {
        throw new Error(`person ${id} is gone`)
      },
    })
  }

  for (const tag of plan.tags) {
    const known = idOfKey(tag.key)
    if (known !== null) {
      ids.set(tag.key, known)
      continue
    }
    const saved = await saveDocument(session, 'tags', {
      match: [{ name: { equals: tag.name } }, { aliases: { equals: tag.name } }],
      create: () => ({ name: tag.name, kind: tag.kind, ...toReview(plan, tag.key) }),
    })
    ids.set(tag.key, saved.id)
  }
  return ids
}
