import { describe, expect, test } from 'vitest'

import { classifyTags } from './classifyTags'
import type { ClassifiedTags } from './classifyTags'
import { loadSeedRegistry } from './seedRegistry.testing'

const registry = loadSeedRegistry()
const ARTICLE_DATE = '2011-12-08'

const SEED_TAGS = [
  'NATO',
  'Russia',
  'missile defense',
  'missile shield',
  'missile defense shield',
  'NATO-Russia Council',
  'Guido Westerwelle',
  'Sergey Lavrov',
  'Sergei Lavrov',
  'Hillary Clinton',
  'US Secretary of State',
  'Anders Fogh Rasmussen',
  'NATO Secretary General',
]

/** Keys only, so table rows stay readable. */
const keysOf = (classified: ClassifiedTags) => ({
  people: classified.people.map((person) => person.key),
  organizations: classified.organizations.map((organization) => organization.key),
  positions: classified.positions.map(
    (position) => `${position.key}->${position.holder ?? 'nobody'}`,
  ),
  places: classified.places.map((place) => place.key),
  topics: classified.topics.map((topic) => `${topic.key}${topic.isKnown ? '' : ' (new)'}`),
  unknownTags: classified.unknownTags,
  ambiguousTags: classified.ambiguousTags,
})

const NONE = {
  people: [],
  organizations: [],
  positions: [],
  places: [],
  topics: [],
  unknownTags: [],
  ambiguousTags: [],
}

const CASES: Array<
  [label: string, tags: string[], date: string, expected: ReturnType<typeof keysOf>]
> = [
  [
    "the seed story's 13 tags",
    SEED_TAGS,
    ARTICLE_DATE,
    {
      people: ['guido-westerwelle', 'sergey-lavrov', 'hillary-clinton', 'anders-fogh-rasmussen'],
      organizations: ['nato', 'nato-russia-council'],
      positions: [
        'us-secretary-of-state->hillary-clinton',
        'nato-secretary-general->anders-fogh-rasmussen',
      ],
      places: ['russia'],
      topics: ['missile-defense'],
      unknownTags: [],
      ambiguousTags: [],
    },
  ],
  [
    'two spellings of one person collapse',
    ['Sergey Lavrov', 'Sergei Lavrov', 'Lavrov'],
    ARTICLE_DATE,
    { ...NONE, people: ['sergey-lavrov'] },
  ],
  [
    'case and accents do not matter',
    ['sergéy LAVROV', 'russia'],
    ARTICLE_DATE,
    { ...NONE, people: ['sergey-lavrov'], places: ['russia'] },
  ],
  [
    'unknown tag words become new topics and are reported',
    ['NATO', 'arms control', 'Arms Control'],
    ARTICLE_DATE,
    {
      ...NONE,
      organizations: ['nato'],
      topics: ['arms-control (new)'],
      unknownTags: ['arms control', 'Arms Control'],
    },
  ],
  [
    'a job title outside its holder’s term resolves to nobody',
    ['US Secretary of State'],
    '2014-01-01',
    { ...NONE, positions: ['us-secretary-of-state->nobody'] },
  ],
  ['no tags', [], ARTICLE_DATE, NONE],
]

describe('classifyTags', () => {
  test.each(CASES)('%s', (_label, tags, date, expected) => {
    expect(keysOf(classifyTags(tags, registry, date))).toEqual(expected)
  })

  test('a tagged position carries the tag as printed and its organisation', () => {
    expect(classifyTags(['US Secretary of State'], registry, ARTICLE_DATE).positions).toEqual([
      {
        key: 'us-secretary-of-state',
        title: 'US Secretary of State',
        organization: 'us-department-of-state',
        tag: 'US Secretary of State',
        holder: 'hillary-clinton',
      },
    ])
  })
})
