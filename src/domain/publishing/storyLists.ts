import { isRecord } from '../isRecord'

/** Which list a front end asks for: a section's, a tag's or a person's latest stories. */
export type ListField = 'people' | 'section' | 'tags'

/** The story's fields a list is drawn from, each named as the query asks (`where[tags][equals]`). */
export const LIST_FIELDS: readonly ListField[] = ['section', 'tags', 'people']

/** A list's name in the read model: `tags:7` is the stories tagged 7. */
export const listKey = (field: ListField, id: number | string): string => `${field}:${id}`

const idOf = (value: unknown): null | number | string => {
  const id = isRecord(value) ? value.id : value
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? id : null
}

/**
 * The lists a story is in, as `where[<field>][equals]=<id>` finds it: its section, each of its
 * tags and each of its people, from the story at any depth (an id, or the document with its id).
 * Each list once, sorted, so two renderings of the same story give the same lists.
 */
export const storyLists = (story: Record<string, unknown>): string[] => {
  const lists = new Set<string>()
  for (const field of LIST_FIELDS) {
    const value = story[field]
    for (const each of Array.isArray(value) ? value : [value]) {
      const id = idOf(each)
      if (id !== null) lists.add(listKey(field, id))
    }
  }
  return [...lists].sort()
}
