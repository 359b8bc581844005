import { foldText } from '../foldText'

/** A position as the corpus writes it: the title as printed, the organisation's name if any. */
export interface TypedPosition {
  title: string
  organization?: string
}

/** A name, or a name with the other names it goes by (an acronym, aliases). */
export type TypedName = string | { name: string; aliases?: string[] }

/** What one wire page should become (the corpus's .json files) or became (read back). */
export interface TypedResult {
  people: Array<{ name: string; aliases?: string[]; positions?: TypedPosition[] }>
  organizations: TypedName[]
  places: TypedName[]
  topics: TypedName[]
  agencies: TypedName[]
  quotes: Array<{ text: string; speaker?: string; description?: string }>
}

export const SCORED_KINDS = [
  'people',
  'positions',
  'organizations',
  'places',
  'topics',
  'agencies',
  'quotes',
] as const

export type ScoredKind = (typeof SCORED_KINDS)[number]

/** Counts for precision (correct / found) and recall (correct / expected). */
export interface Tally {
  expected: number
  found: number
  correct: number
}

export type Scores = Record<ScoredKind, Tally>

/** Also what went wrong, for the report: missed (expected, not found) and wrong (found, not expected). */
export interface PageScore {
  scores: Scores
  missed: string[]
  wrong: string[]
}

export const emptyScores = (): Scores =>
  Object.fromEntries(
    SCORED_KINDS.map((kind) => [kind, { expected: 0, found: 0, correct: 0 }]),
  ) as Scores

export const addScores = (into: Scores, from: Scores): Scores => {
  for (const kind of SCORED_KINDS) {
    into[kind].expected += from[kind].expected
    into[kind].found += from[kind].found
    into[kind].correct += from[kind].correct
  }
  return into
}

const fold = (text: string | undefined): string =>
  foldText(text ?? '')
    .replace(/^(the|a|an) /, '')
    .replace(/[.,;:!?]+$/, '')

/** Items of one kind, each with the names it may be matched by. */
interface Item {
  label: string
  keys: string[]
}

const items = (result: TypedResult, kind: ScoredKind): Item[] => {
  switch (kind) {
    case 'people':
      return result.people.map((person) => ({
        label: person.name,
        keys: [person.name, ...(person.aliases ?? [])].map(fold),
      }))
    case 'positions':
      return result.people.flatMap((person) =>
        (person.positions ?? []).map((position) => {
          const label = `${person.name}: ${position.title}${position.organization ? `, ${position.organization}` : ''}`
          return {
            label,
            keys: [`${fold(person.name)}|${fold(position.title)}|${fold(position.organization)}`],
          }
        }),
      )
    case 'quotes':
      return result.quotes.map((quote) => {
        const who = quote.speaker ?? (quote.description ? `(${quote.description})` : '(nobody)')
        return {
          label: `${who}: "${quote.text.slice(0, 40)}"`,
          keys: [`${fold(quote.text)}|${fold(quote.speaker ?? quote.description)}`],
        }
      })
    default:
      return result[kind].map((entry) => {
        const { name, aliases = [] } = typeof entry === 'string' ? { name: entry } : entry
        return { label: name, keys: [name, ...aliases].map(fold) }
      })
  }
}

/**
 * Scores what an import made of a page against what it should have made, per kind: people,
 * their positions (title and organisation), organisations, places, topics, agencies and quotes
 * (a quote counts when its words and its speaker, or its unnamed speaker's description, match).
 * Names match ignoring case, accents and a leading article; a person also by an alias.
 */
export const scoreImport = (expected: TypedResult, actual: TypedResult): PageScore => {
  const scores = emptyScores()
  const missed: string[] = []
  const wrong: string[] = []
  for (const kind of SCORED_KINDS) {
    const wanted = items(expected, kind)
    const found = items(actual, kind)
    const unmatched = [...found]
    for (const item of wanted) {
      const at = unmatched.findIndex((candidate) =>
        candidate.keys.some((key) => item.keys.includes(key)),
      )
      if (at === -1) missed.push(`${kind}: ${item.label}`)
      else unmatched.splice(at, 1)
    }
    wrong.push(...unmatched.map((item) => `${kind}: ${item.label}`))
    scores[kind] = {
      expected: wanted.length,
      found: found.length,
      correct: found.length - unmatched.length,
    }
  }
  return { scores, missed, wrong }
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '    -' : `${((100 * part) / whole).toFixed(1).padStart(5)}`

/** The accuracy table: one line per kind with counts, precision and recall in per cent. */
export const describeScores = (scores: Scores): string[] => [
  'kind            expected  found  correct  precision  recall',
  ...SCORED_KINDS.map((kind) => {
    const { expected, found, correct } = scores[kind]
    return (
      `${kind.padEnd(14)} ${String(expected).padStart(9)} ${String(found).padStart(6)} ` +
      `${String(correct).padStart(8)}      ${percent(correct, found)}%  ${percent(correct, expected)}%`
    )
  }),
]

/** True when every kind with anything to find reaches `threshold` in precision and recall. */
export const meetsThreshold = (scores: Scores, threshold: number): boolean =>
  SCORED_KINDS.every((kind) => {
    const { expected, found, correct } = scores[kind]
    const precision = found === 0 ? 1 : correct / found
    const recall = expected === 0 ? 1 : correct / expected
    return precision >= threshold && recall >= threshold
  })
