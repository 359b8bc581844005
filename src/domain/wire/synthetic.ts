import { MONTHS, WEEKDAYS } from '../calendar'

/**
 * Synthetic wire pages for fault and load tests: the same text shape as the seed story (headline,
 * meta line, caption, body with quotes, Tags line, related block), deterministic from a seed and
 * marked "[Synthetic]" so no one mistakes them for reporting. Each page has its own file name (the
 * importer's source reference) and its own headline (the slug), so an import creates one article
 * per page and a rerun updates the same ones.
 */

/** Registry names a synthetic page mentions; the defaults are all in seed/registry.json. */
export interface SyntheticNames {
  people: string[]
  organizations: string[]
  places: string[]
  topics: string[]
}

export const SYNTHETIC_NAMES: SyntheticNames = {
  people: [
    'Guido Westerwelle',
    'Sergey Lavrov',
    'Hillary Clinton',
    'Anders Fogh Rasmussen',
    'William Hague',
    'Dmitry Rogozin',
    'Dmitry Medvedev',
  ],
  organizations: ['NATO', 'NATO-Russia Council', 'US Department of State'],
  places: ['Russia', 'Belgium', 'Brussels', 'Moscow', 'Poland', 'Lithuania', 'Bulgaria'],
  topics: ['missile defense'],
}

export const SYNTHETIC_HEADLINE_PREFIX = '[Synthetic]'

export interface SyntheticWirePage {
  /** File name, also the importer's source reference once the extension is dropped. */
  name: string
  text: string
  headline: string
}

export interface SyntheticWireOptions {
  count: number
  seed: number
  names?: SyntheticNames
  /** Every n-th page carries a photo caption (1, the default: every page). Photos cost an image. */
  photoEvery?: number
}

/** mulberry32: a tiny seeded generator, so the same seed always gives the same pages. */
const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SECTIONS = ['World', 'Politics', 'Business', 'Society']
const SUBJECTS = ['talks', 'summit', 'sanctions', 'treaty', 'budget', 'elections', 'pipeline']
const VERBS = ['said', 'told reporters', 'stated', 'noted']

const pad = (value: number): string => String(value).padStart(2, '0')

/** Picks `count` distinct items (or all of them when there are fewer). */
const pickSome = <T>(random: () => number, items: T[], count: number): T[] => {
  const pool = [...items]
  const picked: T[] = []
  while (picked.length < count && pool.length > 0) {
    picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T)
  }
  return picked
}

const pickOne = <T>(random: () => number, items: T[]): T =>
  items[Math.floor(random() * items.length)] as T

const pageText = (
  random: () => number,
  id: string,
  names: SyntheticNames,
  hasPhoto: boolean,
): string[] => {
  const [speaker = 'A spokesperson', other = speaker] = pickSome(random, names.people, 2)
  const organizations = pickSome(random, names.organizations, 2)
  const places = pickSome(random, names.places, 2)
  const [place = 'Brussels', secondPlace = place] = places
  const subject = pickOne(random, SUBJECTS)
  const organization = organizations[0] ?? 'NATO'
  // Hours 08–20 stay clear of the night-time daylight-saving gap in the wire's time zone.
  const date = new Date(Date.UTC(2010 + Math.floor(random() * 4), Math.floor(random() * 12), 1))
  date.setUTCDate(1 + Math.floor(random() * 28))
  const printedDate = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}, ${WEEKDAYS[date.getUTCDay()]}`
  const time = `${pad(8 + Math.floor(random() * 13))}:${pad(Math.floor(random() * 60))}`
  const views = Math.floor(random() * 5000)
  const headline = `${SYNTHETIC_HEADLINE_PREFIX} ${organization} ${subject} in ${place}, story ${id}`
  const tags = [...organizations, ...places, speaker, ...pickSome(random, names.topics, 1)]
  return [
    headline,
    '',
    `${pickOne(random, SECTIONS)} | ${printedDate} // ${time}| ${views} views`,
    '',
    ...(hasPhoto
      ? [
          `${speaker} and ${other} during a meeting in ${place}. This picture is synthetic test data. EPA/BGNES`,
          '',
        ]
      : []),
    `${speaker} met ${other} in ${place} on ${WEEKDAYS[date.getUTCDay()]} for ${subject} hosted by ${organization}. This story ${id} is synthetic test data and was never reported.`,
    '',
    `"We will keep talking about the ${subject}, and we will keep listening," ${speaker} ${pickOne(random, VERBS)}.`,
    '',
    `Officials in ${secondPlace} expect a further round of ${subject} before the end of the year.`,
    '',
    `Tags: ${tags.join(', ')}`,
    '',
    '',
    '» Related Articles:',
    '',
  ]
}

/** `count` synthetic wire pages, the same for the same seed; names and headlines never repeat. */
export const syntheticWirePages = ({
  count,
  seed,
  names = SYNTHETIC_NAMES,
  photoEvery = 1,
}: SyntheticWireOptions): SyntheticWirePage[] => {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, index) => {
    const id = `${seed}-${String(index + 1).padStart(4, '0')}`
    const lines = pageText(random, id, names, index % photoEvery === 0)
    return { name: `synthetic_${id}.txt`, text: lines.join('\n'), headline: lines[0] ?? '' }
  })
}
