import { resolveEntity } from '../registry/resolveEntity'
import type { Registry } from '../registry/types'

// "BRUSSELS - …", "BRUSSELS, Dec 8 (DPA) — …": a capitalised place, optional detail, then a dash.
const DATELINE =
  /^(?<place>[A-Z][A-Za-z .'-]*?)(?:,[^-\u2013\u2014]{1,40})?\s+[-\u2013\u2014]{1,2}\s/

/** The place a story was filed from, when its first paragraph opens with a dateline naming one. */
export const findDatelinePlace = (firstParagraph: string, registry: Registry): string | null => {
  const place = DATELINE.exec(firstParagraph)?.groups?.place?.trim()
  if (!place) return null
  const resolved = resolveEntity(place, registry)
  return resolved.kind === 'tag' && resolved.entry.kind === 'place' ? resolved.entry.name : null
}
