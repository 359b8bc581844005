import { slugify } from '../slug'
import { resolveEntity } from './resolveEntity'
import type { PositionRef } from './resolveEntity'
import type { OrganizationEntry, PersonEntry, Registry, TagEntry } from './types'

/** A job title found among the tags, and who held it on the article date. */
export interface TaggedPosition extends PositionRef {
  /** The tag as printed. */
  tag: string
  holder: string | null
}

/** A topic tag; `isKnown` is false for a tag word the registry does not know yet. */
export interface TopicTag {
  key: string
  name: string
  isKnown: boolean
}

export interface ClassifiedTags {
  people: PersonEntry[]
  organizations: OrganizationEntry[]
  positions: TaggedPosition[]
  places: TagEntry[]
  topics: TopicTag[]
  /** Tags the registry does not know; they are also in `topics` with isKnown false. */
  unknownTags: string[]
  /** Tags that fit several registry entries equally; an editor must choose. */
  ambiguousTags: string[]
}

const pushUnique = <T extends { key: string }>(list: T[], item: T): void => {
  if (!list.some((existing) => existing.key === item.key)) list.push(item)
}

/**
 * Sorts a page's Tags line into people, organisations, job titles, places and topics. Spellings
 * of one entry collapse to it ("Sergey Lavrov", "Sergei Lavrov"); job titles are not tags but
 * positions, resolved to their holder on `date`; unknown tag words become new topic tags.
 */
export const classifyTags = (tags: string[], registry: Registry, date: string): ClassifiedTags => {
  const result: ClassifiedTags = {
    people: [],
    organizations: [],
    positions: [],
    places: [],
    topics: [],
    unknownTags: [],
    ambiguousTags: [],
  }
  for (const tag of tags) {
    const resolved = resolveEntity(tag, registry, { date })
    switch (resolved.kind) {
      case 'person':
        pushUnique(result.people, resolved.entry)
        break
      case 'organization':
        pushUnique(result.organizations, resolved.entry)
        break
      case 'position':
        pushUnique(result.positions, {
          ...resolved.entry,
          tag,
          holder: resolved.holder?.key ?? null,
        })
        break
      case 'tag':
        if (resolved.entry.kind === 'place') pushUnique(result.places, resolved.entry)
        else
          pushUnique(result.topics, {
            key: resolved.entry.key,
            name: resolved.entry.name,
            isKnown: true,
          })
        break
      case 'ambiguous':
        result.ambiguousTags.push(tag)
        break
      case 'unresolved':
        result.unknownTags.push(tag)
        pushUnique(result.topics, { key: slugify(tag), name: tag, isKnown: false })
        break
    }
  }
  return result
}
