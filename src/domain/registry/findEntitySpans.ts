import { foldWithOffsets } from '../foldText'
import { indexRegistry } from './registryIndex'
import type { NameTarget } from './registryIndex'
import type { Registry } from './types'

/** A registry name found in a text, with offsets into the original (unfolded) text. */
export interface EntitySpan {
  start: number
  end: number
  /** The words as printed. */
  text: string
  targets: NameTarget[]
}

const WORD_CHAR = /[\p{L}\p{N}]/u

const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char)

/**
 * Finds every registry name in `text` as a whole word, ignoring case and accents. Longer names
 * win over names inside them ("NATO-Russia Council" over "NATO", "The Hague" over "Hague").
 */
export const findEntitySpans = (text: string, registry: Registry): EntitySpan[] => {
  const { byName, namesLongestFirst } = indexRegistry(registry)
  const { folded, sourceIndex } = foldWithOffsets(text)
  const taken = new Array<boolean>(folded.length).fill(false)
  const spans: EntitySpan[] = []

  for (const name of namesLongestFirst) {
    for (let at = folded.indexOf(name); at !== -1; at = folded.indexOf(name, at + 1)) {
      const after = at + name.length
      if (isWordChar(folded[at - 1]) || isWordChar(folded[after])) continue
      if (taken.slice(at, after).some(Boolean)) continue
      taken.fill(true, at, after)
      const start = sourceIndex[at] ?? 0
      const lastSource = sourceIndex[after - 1] ?? start
      const end = lastSource + ((text.codePointAt(lastSource) ?? 0) > 0xffff ? 2 : 1)
      spans.push({ start, end, text: text.slice(start, end), targets: byName.get(name) ?? [] })
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}
