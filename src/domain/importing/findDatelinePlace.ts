import { resolveEntity } from '../registry/resolveEntity'
import type { Registry } from '../registry/types'
import { findPlace } from './gazetteer'

// "BRUSSELS - …", "BRUSSELS, Dec 8 (DPA) — …": a capitalised place, optional detail, then a dash.
const DATELINE =
  /^(?<place>[A-Z][A-Za-z .'-]*?)(?:,[^-\u2013\u2014]{1,40})?\s+[-\u2013\u2014]{1,2}\s/

/**
 * The place a story was filed from, when its first paragraph opens with a dateline naming one:
 * a place the newsroom keeps (a place tag, by name or alias) first, else a country or city the
 * gazetteer knows, spelt as the gazetteer spells it ("ATHENS" → "Athens").
 */
export const findDatelinePlace = (firstParagraph: string, known: Registry): string | null => {
  const place = DATELINE.exec(firstParagraph)?.groups?.place?.trim()
  if (!place) return null
  const resolved = resolveEntity(place, known)
  if (resolved.kind === 'tag' && resolved.entry.kind === 'place') return resolved.entry.name
  if (resolved.kind !== 'unresolved') return null
  // Datelines print the city in capitals ("RUSE"): look it up as a name, not as an acronym.
  const asName = place.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (start) => start.toUpperCase())
  return findPlace(asName)?.name ?? null
}
