export interface Correction {
  id?: null | string
  text?: null | string
  date?: null | string
}

export interface CorrectionCheck {
  added: Correction[]
  /** Why the change is refused, or `null`. */
  problem: null | string
}

const sameDay = (a: null | string | undefined, b: null | string | undefined): boolean =>
  (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)

/**
 * Corrections are part of the public record: once printed they are never edited or removed, and
 * a story gets them only once it has been published.
 */
export const checkCorrections = ({
  before,
  after,
  hasBeenPublished,
}: {
  before: readonly Correction[]
  after: readonly Correction[]
  hasBeenPublished: boolean
}): CorrectionCheck => {
  const afterById = new Map(after.filter((c) => c.id).map((c) => [c.id, c]))
  for (const existing of before) {
    const kept = afterById.get(existing.id)
    if (!kept || kept.text !== existing.text || !sameDay(kept.date, existing.date)) {
      return {
        added: [],
        problem:
          'Corrections are permanent: send the existing ones unchanged and add new ones after them',
      }
    }
  }
  const knownIds = new Set(before.map((c) => c.id))
  const added = after.filter((c) => !c.id || !knownIds.has(c.id))
  if (added.length > 0 && !hasBeenPublished) {
    return { added: [], problem: 'A correction is added only after the story has been published' }
  }
  return { added, problem: null }
}
