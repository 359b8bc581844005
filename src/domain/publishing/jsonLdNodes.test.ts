import { describe, expect, test } from 'vitest'

import {
  authorNode,
  imageNode,
  organizationNode,
  organizationType,
  personNode,
} from './jsonLdNodes'
import type { OrganizationKind } from './types'

const TYPE_CASES: Array<[OrganizationKind, string]> = [
  ['alliance', 'Organization'],
  ['intergovernmental_body', 'Organization'],
  ['government', 'GovernmentOrganization'],
  ['state', 'Organization'],
  ['news_agency', 'NewsMediaOrganization'],
  ['photo_agency', 'NewsMediaOrganization'],
  ['party', 'Organization'],
  ['company', 'Corporation'],
  ['other', 'Organization'],
]

describe('organizationType', () => {
  test.each(TYPE_CASES)('a %s is a schema.org %s', (kind, expected) => {
    expect(organizationType(kind)).toBe(expected)
  })
})

test('a person with a Wikidata ID links to it with sameAs; one without has no sameAs at all', () => {
  expect(
    personNode({ name: 'Sergey Lavrov', slug: 'sergey-lavrov', wikidataId: 'Q58217' }),
  ).toStrictEqual({
    '@type': 'Person',
    name: 'Sergey Lavrov',
    sameAs: 'https://www.wikidata.org/wiki/Q58217',
  })
  expect(personNode({ name: 'Guido Westerwelle', slug: 'guido-westerwelle' })).toStrictEqual({
    '@type': 'Person',
    name: 'Guido Westerwelle',
  })
})

test('an organisation whose acronym is its name gets no alternateName', () => {
  expect(
    organizationNode({
      name: 'NATO',
      slug: 'nato',
      kind: 'alliance',
      acronym: 'NATO',
      wikidataId: 'Q7184',
    }),
  ).toStrictEqual({
    '@type': 'Organization',
    name: 'NATO',
    sameAs: 'https://www.wikidata.org/wiki/Q7184',
  })
})

test('an author url that is not absolute is left out rather than emitted broken', () => {
  expect(authorNode({ kind: 'person', name: 'Jane Doe', url: '/people/jane-doe' })).toStrictEqual({
    '@type': 'Person',
    name: 'Jane Doe',
  })
})

test('an image with a relative URL cannot be an ImageObject', () => {
  expect(imageNode({ url: '/media/photo.jpg', alt: 'A photo' })).toBeUndefined()
})
