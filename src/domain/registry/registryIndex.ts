import { foldText } from '../foldText'
import type { OrganizationEntry, PersonEntry, PositionHeld, Registry, TagEntry } from './types'

/** Something a name in the registry can stand for. */
export type NameTarget =
  | { kind: 'person'; entry: PersonEntry }
  | { kind: 'organization'; entry: OrganizationEntry }
  | { kind: 'position'; position: PositionHeld; holder: PersonEntry }
  | { kind: 'tag'; entry: TagEntry }

export interface RegistryIndex {
  /** Folded name → everything it can stand for. */
  byName: Map<string, NameTarget[]>
  /** Folded names, longest first, for scanning text. */
  namesLongestFirst: string[]
}

const cache = new WeakMap<Registry, RegistryIndex>()

const add = (byName: Map<string, NameTarget[]>, name: string | null, target: NameTarget): void => {
  if (!name) return
  const folded = foldText(name)
  if (folded === '') return
  const targets = byName.get(folded) ?? []
  targets.push(target)
  byName.set(folded, targets)
}

/** Builds (once per registry object) the lookup of every name, alias, acronym and title. */
export const indexRegistry = (registry: Registry): RegistryIndex => {
  const cached = cache.get(registry)
  if (cached) return cached
  const byName = new Map<string, NameTarget[]>()
  for (const entry of registry.people) {
    for (const name of [entry.name, ...entry.aliases]) add(byName, name, { kind: 'person', entry })
    for (const position of entry.positions) {
      // A title with no dates cannot say who held it when, so it does not stand for anyone.
      if (position.from === null) continue
      for (const title of [position.title, ...position.titleAliases]) {
        add(byName, title, { kind: 'position', position, holder: entry })
      }
    }
  }
  for (const entry of registry.organizations) {
    for (const name of [entry.name, entry.acronym, ...entry.aliases]) {
      add(byName, name, { kind: 'organization', entry })
    }
  }
  for (const entry of registry.tags) {
    for (const name of [entry.name, ...entry.aliases]) add(byName, name, { kind: 'tag', entry })
  }
  const index = {
    byName,
    namesLongestFirst: [...byName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)),
  }
  cache.set(registry, index)
  return index
}
