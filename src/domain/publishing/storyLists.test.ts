import { describe, expect, test } from 'vitest'

import { storyLists } from './storyLists'

const CASES: Array<[string, Record<string, unknown>, string[]]> = [
  ['nothing to list by', { id: 1, title: 'A story' }, []],
  ['a section by id', { section: 3 }, ['section:3']],
  ['a section populated', { section: { id: 3, name: 'World' } }, ['section:3']],
  ['no section', { section: null, tags: [] }, []],
  [
    'tags and people by id, sorted',
    { tags: [9, 2], people: [12] },
    ['people:12', 'tags:2', 'tags:9'],
  ],
  [
    'populated tags and people',
    { tags: [{ id: 4, name: 'NATO' }], people: [{ id: 7 }, { id: 8 }] },
    ['people:7', 'people:8', 'tags:4'],
  ],
  ['a tag listed twice is one list', { tags: [5, { id: 5 }] }, ['tags:5']],
  [
    'MongoDB ids',
    { section: '64b7f0c2a1b2c3d4e5f60718', tags: ['64b7f0c2a1b2c3d4e5f60719'] },
    ['section:64b7f0c2a1b2c3d4e5f60718', 'tags:64b7f0c2a1b2c3d4e5f60719'],
  ],
  [
    'what is not an id is skipped',
    { section: '', tags: [null, { name: 'no id' }, true], people: 'x' },
    ['people:x'],
  ],
  ['organisations are not a list readers ask for', { organizations: [3] }, []],
]

describe('storyLists', () => {
  test.each(CASES)('%s', (_, story, lists) => {
    expect(storyLists(story)).toEqual(lists)
  })
})
