import { expect, test } from 'vitest'

import { storiesOf } from './storiesOf'
import type { StorySubject } from './storiesOf'

test.each<[StorySubject, unknown]>([
  ['sections', { section: { equals: 7 } }],
  ['tags', { tags: { in: [7] } }],
  // A person's stories are the ones that name them and the ones they wrote.
  ['people', { or: [{ people: { in: [7] } }, { authors: { in: [7] } }] }],
])("a %s's stories", (subject, where) => {
  expect(storiesOf(subject, 7)).toEqual(where)
})
