import { readFileSync } from 'node:fs'

import { describe, expect, test } from 'vitest'

import { loadRegistryFile } from './loadRegistryFile'
import { isRegistryDate, parseRegistry, RegistryValidationError } from './parseRegistry'
import { SEED_REGISTRY_URL } from './seedRegistry.testing'

const seedJson = (): Record<string, unknown> => JSON.parse(readFileSync(SEED_REGISTRY_URL, 'utf8'))

type Mutate = (json: Record<string, any>) => void

const INVALID: Array<[label: string, mutate: Mutate, issue: string]> = [
  [
    'a guessed-looking Wikidata ID',
    (json) => (json.people[0].wikidataId = 'Westerwelle'),
    'people[0] "guido-westerwelle".wikidataId: expected a Wikidata ID "Q<digits>" or null, got "Westerwelle"',
  ],
  [
    'an impossible date',
    (json) => (json.people[2].positions[0].from = '2009-13-01'),
    'people[2] "hillary-clinton".positions[0].from: expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "2009-13-01"',
  ],
  [
    'an unknown organisation kind',
    (json) => (json.organizations[0].kind = 'club'),
    'organizations[0] "nato".kind: expected one of "alliance", "intergovernmental body", "government", "state", "news agency", "photo agency", "party", "company", "other", got "club"',
  ],
  [
    'a missing name',
    (json) => delete json.tags[0].name,
    'tags[0] "russia".name: expected a non-empty string, got nothing',
  ],
  [
    'aliases that are not strings',
    (json) => (json.people[1].aliases = ['Lavrov', 3]),
    'people[1] "sergey-lavrov".aliases: expected a list of non-empty strings, got ["Lavrov",3]',
  ],
  [
    'a position at an unknown organisation',
    (json) => (json.people[0].positions[0].organization = 'bundestag'),
    'people[0] "guido-westerwelle".positions[0].organization: no organisation "bundestag"',
  ],
  [
    'an unknown parent organisation',
    (json) => (json.organizations[1].parent = 'un'),
    'organizations[1] "nato-russia-council".parent: no organisation "un"',
  ],
  ['a duplicate key', (json) => (json.tags[1].key = 'russia'), 'tags[1] "russia": duplicate key'],
  [
    'a term ending before it starts',
    (json) => (json.people[6].positions[0].to = '2007'),
    'people[6] "dmitry-medvedev".positions[0]: ends (2007) before it starts (2008-05-07)',
  ],
  [
    'an entry that is not an object',
    (json) => (json.people[3] = 'Rasmussen'),
    'people[3]: expected an object, got "Rasmussen"',
  ],
  ['a missing section', (json) => delete json.tags, 'tags: expected a list, got nothing'],
]

describe('parseRegistry', () => {
  test('accepts the seed registry', () => {
    const registry = parseRegistry(seedJson())
    expect(registry.people.map((person) => person.key)).toEqual([
      'guido-westerwelle',
      'sergey-lavrov',
      'hillary-clinton',
      'anders-fogh-rasmussen',
      'william-hague',
      'dmitry-rogozin',
      'dmitry-medvedev',
    ])
    expect(
      registry.organizations.find((organization) => organization.key === 'nato-russia-council'),
    ).toMatchObject({
      kind: 'intergovernmental body',
      parent: 'nato',
    })
  })

  test.each(INVALID)('names the entry for %s', (_label, mutate, issue) => {
    const json = seedJson()
    mutate(json)
    expect(() => parseRegistry(json, 'seed/registry.json')).toThrow(RegistryValidationError)
    try {
      parseRegistry(json, 'seed/registry.json')
    } catch (error) {
      expect((error as RegistryValidationError).issues).toContain(issue)
      expect((error as Error).message).toContain(`seed/registry.json: invalid entity registry:`)
    }
  })

  test('refuses something that is not an object', () => {
    expect(() => parseRegistry([], 'x.json')).toThrow(
      'x.json: invalid entity registry:\n- expected an object, got []',
    )
  })
})

describe('isRegistryDate', () => {
  test.each([
    ['2011', true],
    ['2011-12', true],
    ['2011-12-08', true],
    ['2011-02-29', false],
    ['2011-13', false],
    ['11-12-08', false],
    ['2011-12-8', false],
  ])('%s → %s', (value, expected) => {
    expect(isRegistryDate(value)).toBe(expected)
  })
})

test('loadRegistryFile reads and validates the seed registry file', async () => {
  const registry = await loadRegistryFile(SEED_REGISTRY_URL)
  expect(registry.tags.find((tag) => tag.key === 'missile-defense')?.aliases).toContain(
    'missile shield',
  )
})
