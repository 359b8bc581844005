import { describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '../richText'
import { linkedFieldsOf, parseLinks, searchDocumentOf } from './searchDocument'
import type { LinkedEntity, StoryForSearch } from './searchDocument'

const STORY: StoryForSearch = {
  slug: 'nato-russia-still-at-odds',
  headline: 'NATO, Russia Still at Odds',
  standfirst: 'No headway on the missile shield.',
  body: richTextFromParagraphs(['Ministers met in Brussels.', 'Talks went on.']),
  quotes: [{ text: 'We want guarantees, not promises,', speaker: 7 }, { text: '' }],
  section: { id: 1, name: 'World' },
  tags: [3],
  people: [7],
  authors: [8],
  organizations: [5, 6],
  publishedAt: '2011-12-08T10:00:00.000Z',
  updatedAt: '2011-12-09T10:00:00.000Z',
}

const ENTITIES: LinkedEntity[] = [
  { collection: 'sections', id: 1, name: 'World', slug: 'world', otherNames: [] },
  { collection: 'tags', id: 3, name: 'missile defense', slug: 'missile-defense', otherNames: [] },
  {
    collection: 'people',
    id: 7,
    name: 'Sergey Lavrov',
    slug: 'sergey-lavrov',
    otherNames: ['Sergei Lavrov', 'Lavrov'],
  },
  { collection: 'people', id: 8, name: 'Anna Reporter', slug: 'anna-reporter', otherNames: [] },
  {
    collection: 'organizations',
    id: 5,
    name: 'North Atlantic Treaty Organization',
    slug: 'nato',
    otherNames: ['NATO'],
  },
]

describe('a story as search indexes it', () => {
  const document = searchDocumentOf(STORY, ENTITIES)

  it('keeps the text as shown, the body as plain paragraphs and the quotes one a line', () => {
    expect(document.text).toEqual({
      headline: 'NATO, Russia Still at Odds',
      standfirst: 'No headway on the missile shield.',
      body: 'Ministers met in Brussels.\n\nTalks went on.',
      quotes: 'We want guarantees, not promises,',
      names:
        'missile defense | Sergey Lavrov | Sergei Lavrov | Lavrov | Anna Reporter | North Atlantic Treaty Organization | NATO',
    })
  })

  it('indexes every field folded, word by word', () => {
    expect(document.indexed.headline).toBe('nato russia still at odds')
    expect(document.indexed.names).toContain('sergei lavrov')
  })

  it('lists the filters by slug and every link (a missing one too) for a rename to find', () => {
    expect(document).toMatchObject({
      slug: 'nato-russia-still-at-odds',
      section: 'world',
      tags: '|missile-defense|',
      people: '|sergey-lavrov|anna-reporter|',
      links: '|sections:1|tags:3|people:7|people:8|organizations:5|organizations:6|',
      datedAt: '2011-12-08T10:00:00.000Z',
      publishedAt: '2011-12-08T10:00:00.000Z',
    })
  })

  it.each([
    [{ publishedAt: null }, '2011-12-09T10:00:00.000Z'],
    [
      { publishedAt: null, updatedAt: null, createdAt: '2011-12-01T00:00:00.000Z' },
      '2011-12-01T00:00:00.000Z',
    ],
  ])('dates a story never published by its last save: %j', (change, datedAt) => {
    expect(searchDocumentOf({ ...STORY, ...change }, ENTITIES).datedAt).toBe(datedAt)
  })

  it('is empty text, not an error, for a story with nothing but a headline', () => {
    const bare = searchDocumentOf({ headline: 'Only this' }, [])
    expect(bare.text).toEqual({
      headline: 'Only this',
      standfirst: '',
      body: '',
      quotes: '',
      names: '',
    })
    expect(bare).toMatchObject({ section: null, tags: '', people: '', links: '' })
  })
})

describe("a row's links, read back for a rename", () => {
  it('gives the same names and filters as the story did', () => {
    const document = searchDocumentOf(STORY, ENTITIES)
    expect(linkedFieldsOf(parseLinks(document.links), ENTITIES)).toEqual({
      names: document.text.names,
      section: document.section,
      tags: document.tags,
      people: document.people,
      links: document.links,
    })
  })

  it('reads MongoDB ids as text and skips what it does not know', () => {
    expect(parseLinks('|people:65f1c0ffee0000000000abcd|media:3|nonsense|tags:|')).toEqual([
      { collection: 'people', id: '65f1c0ffee0000000000abcd' },
    ])
  })

  it("uses a renamed person's new name and keeps the old one when it became an alias", () => {
    const renamed = ENTITIES.map((entity) =>
      entity.collection === 'people' && entity.id === 7
        ? { ...entity, name: 'Sergei V. Lavrov', otherNames: ['Sergey Lavrov', 'Lavrov'] }
        : entity,
    )
    const { names } = linkedFieldsOf(parseLinks(searchDocumentOf(STORY, ENTITIES).links), renamed)
    expect(names).toContain('Sergei V. Lavrov | Sergey Lavrov | Lavrov')
  })
})
