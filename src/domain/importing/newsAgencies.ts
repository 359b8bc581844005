import { foldText } from '../foldText'
import type { OrganizationEntry } from '../registry/types'
import { slugify } from '../slug'
import data from './newsAgencies.json'

interface AgencyData {
  name: string
  acronym: string | null
  aliases: string[]
  kind: 'news agency' | 'photo agency'
  country: string | null
}

/** Every name an agency goes by: its name, its acronym, its aliases. */
const namesOf = (agency: AgencyData): string[] => [
  agency.name,
  ...(agency.acronym ? [agency.acronym] : []),
  ...agency.aliases,
]

const AGENCIES = (data.agencies as AgencyData[]).map((agency): OrganizationEntry => ({
  key: `agency:${slugify(agency.name)}`,
  name: agency.name,
  slug: slugify(agency.name),
  kind: agency.kind,
  acronym: agency.acronym,
  aliases: agency.aliases,
  description: agency.kind === 'photo agency' ? 'Photo agency.' : 'News agency.',
  parent: null,
  country: agency.country,
  wikidataId: null,
}))

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The name printed with its own capitals as a whole word: "Focus reported", not "the focus". */
const isPrintedIn = (name: string, texts: string[]): boolean => {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u')
  return texts.some((text) => pattern.test(text))
}

/**
 * The agencies from the project's data file (newsAgencies.json) that a page names, in credits or
 * text, with their capitals as printed. Each comes back with only the names the page used, so a
 * short one ("AA", "Focus") never matches elsewhere as an ordinary word.
 */
export const agenciesNamedIn = (texts: string[], credits: string[]): OrganizationEntry[] => {
  const creditKeys = new Set(credits.map(foldText))
  return AGENCIES.flatMap((agency) => {
    const source = data.agencies.find((entry) => entry.name === agency.name) as AgencyData
    const used = namesOf(source).filter(
      (name) => creditKeys.has(foldText(name)) || isPrintedIn(name, texts),
    )
    if (used.length === 0) return []
    return [
      {
        ...agency,
        acronym: agency.acronym && used.includes(agency.acronym) ? agency.acronym : null,
        aliases: used.filter((name) => name !== agency.name && name !== agency.acronym),
      },
    ]
  })
}

/** The agency a credit or name stands for, by any of its names (case aside). */
export const findAgency = (name: string): OrganizationEntry | null => {
  const folded = foldText(name)
  const index = data.agencies.findIndex((agency) =>
    namesOf(agency as AgencyData).some((known) => foldText(known) === folded),
  )
  return AGENCIES[index] ?? null
}
