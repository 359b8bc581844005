import { foldText } from '../foldText'
import { isActiveOn } from './isActiveOn'
import { indexRegistry } from './registryIndex'
import type { NameTarget } from './registryIndex'
import type { OrganizationEntry, PersonEntry, Registry, TagEntry } from './types'

/** An office as such, independent of who holds it. */
export interface PositionRef {
  key: string
  title: string
  organization: string | null
}

export type ResolvedEntity =
  | { kind: 'person'; entry: PersonEntry }
  | { kind: 'organization'; entry: OrganizationEntry }
  /** `holder` is who held the office on the given date; null without a date or when nobody did. */
  | { kind: 'position'; entry: PositionRef; holder: PersonEntry | null }
  | { kind: 'tag'; entry: TagEntry }
  | { kind: 'ambiguous'; name: string; candidates: NameTarget[] }
  | { kind: 'unresolved'; name: string }

export interface ResolveOptions {
  /** Article date ("2011-12-08" or an ISO instant); needed to turn a job title into a person. */
  date?: string
}

// When one name fits several kinds, the more specific reading wins.
const KIND_ORDER: ReadonlyArray<NameTarget['kind']> = ['person', 'organization', 'position', 'tag']

const targetKey = (target: NameTarget): string =>
  target.kind === 'position' ? target.position.key : target.entry.key

const toPositionRef = (target: Extract<NameTarget, { kind: 'position' }>): PositionRef => ({
  key: target.position.key,
  title: target.position.title,
  organization: target.position.organization,
})

const resolvePosition = (
  name: string,
  targets: Array<Extract<NameTarget, { kind: 'position' }>>,
  date: string | undefined,
): ResolvedEntity => {
  const offices = new Set(targets.map(targetKey))
  const first = targets[0]
  if (!first) return { kind: 'unresolved', name }
  if (offices.size > 1) return { kind: 'ambiguous', name, candidates: targets }
  if (date === undefined) return { kind: 'position', entry: toPositionRef(first), holder: null }
  const holders = targets.filter((target) => isActiveOn(target.position, date))
  const holderKeys = new Set(holders.map((target) => target.holder.key))
  // Two people on a handover day: naming either would be a guess.
  const holder = holderKeys.size === 1 ? (holders[0]?.holder ?? null) : null
  return { kind: 'position', entry: toPositionRef(holders[0] ?? first), holder }
}

/** Resolves the targets a single folded name stands for. */
export const resolveTargets = (
  name: string,
  targets: NameTarget[],
  options: ResolveOptions = {},
): ResolvedEntity => {
  for (const kind of KIND_ORDER) {
    const ofKind = targets.filter((target) => target.kind === kind)
    if (ofKind.length === 0) continue
    if (kind === 'position') {
      return resolvePosition(
        name,
        ofKind as Array<Extract<NameTarget, { kind: 'position' }>>,
        options.date,
      )
    }
    const distinct = new Set(ofKind.map(targetKey))
    if (distinct.size > 1) return { kind: 'ambiguous', name, candidates: ofKind }
    const only = ofKind[0] as Exclude<NameTarget, { kind: 'position' }>
    return { kind: only.kind, entry: only.entry } as ResolvedEntity
  }
  return { kind: 'unresolved', name }
}

/**
 * Resolves a name against the registry, ignoring case, accents and spacing, via names,
 * aliases, acronyms and job titles (a title resolves to whoever held it on `options.date`).
 */
export const resolveEntity = (
  name: string,
  registry: Registry,
  options: ResolveOptions = {},
): ResolvedEntity => {
  const { byName } = indexRegistry(registry)
  const folded = foldText(name)
  // "the US State Secretary" names the same office as "US State Secretary".
  const targets = byName.get(folded) ?? byName.get(folded.replace(/^the /, '')) ?? []
  return resolveTargets(name, targets, options)
}
