import { readFileSync } from 'node:fs'

import { describe, expect, test } from 'vitest'

import { parseWirePage } from '../wire/parseWirePage'
import { classifyTags } from './classifyTags'
import { findMentions, findUntaggedMentions } from './findMentions'
import { resolveCreditAgencies } from './resolveCreditAgencies'
import { loadSeedRegistry } from './seedRegistry.testing'

const registry = loadSeedRegistry()
const SEED = readFileSync(
  new URL('../../../seed/stories/000_c5d2321bc6b974fc.txt', import.meta.url),
  'utf8',
)
const page = parseWirePage(SEED, { fileName: 'seed.txt' })
const date = page.localDateTime.date

const keys = (items: Array<{ entry: { key: string } }>) => items.map((item) => item.entry.key)

describe('findMentions', () => {
  test.each<[label: string, paragraphs: string[], people: string[], organizations: string[]]>([
    ['a full name', ['William Hague arrived.'], ['william-hague'], []],
    ['a surname alias', ['Rogozin complained.'], ['dmitry-rogozin'], []],
    [
      'any case, any accents',
      ['MEDVEDEV and dmítry rogozin'],
      ['dmitry-medvedev', 'dmitry-rogozin'],
      [],
    ],
    ['an agency acronym', ['as cited by DPA.'], [], ['dpa']],
    ['no partial words', ['Hagueish Lavrovian NATOs'], [], []],
    [
      'a job title counts as its holder on the date',
      ['noted the US State Secretary'],
      ['hillary-clinton'],
      [],
    ],
    ['a longer organisation name wins', ['the NATO-Russia Council'], [], ['nato-russia-council']],
  ])('%s', (_label, paragraphs, people, organizations) => {
    const mentions = findMentions(paragraphs, registry, { date })
    expect({ people: keys(mentions.people), organizations: keys(mentions.organizations) }).toEqual({
      people,
      organizations,
    })
  })

  test('every mention points at the words as printed', () => {
    const mentions = findMentions(['Yes, said Sergey Lavrov.'], registry)
    expect(mentions.people[0]?.mentions).toEqual([
      { paragraphIndex: 0, start: 10, end: 23, text: 'Sergey Lavrov' },
    ])
  })

  test('the seed body names people and organisations its tags miss', () => {
    const tags = classifyTags(page.tags, registry, date)
    const untagged = findUntaggedMentions(findMentions(page.paragraphs, registry, { date }), tags)
    expect({ people: keys(untagged.people), organizations: keys(untagged.organizations) }).toEqual({
      people: ['dmitry-rogozin', 'dmitry-medvedev'],
      organizations: ['dpa'],
    })
  })

  test('the caption names William Hague, the body does not', () => {
    const mentions = findMentions([page.photo?.caption ?? ''], registry, { date })
    expect(keys(mentions.people)).toEqual(['hillary-clinton', 'william-hague'])
  })
})

describe('resolveCreditAgencies', () => {
  test.each<[agencies: string[], organizations: string[], unknownAgencies: string[]]>([
    [['EPA', 'BGNES'], ['epa', 'bgnes'], []],
    [['epa'], ['epa'], []],
    [['EPA', 'XINHUA'], ['epa'], ['XINHUA']],
  ])('%j', (agencies, organizations, unknownAgencies) => {
    const result = resolveCreditAgencies(agencies, registry)
    expect({
      organizations: result.organizations.map((organization) => organization.key),
      unknownAgencies: result.unknownAgencies,
    }).toEqual({
      organizations,
      unknownAgencies,
    })
  })
})
