import { parse } from 'qs-esm'
import { describe, expect, test } from 'vitest'

import {
  importReviewCollectionsFor,
  listViewHref,
  orderByWaiting,
  storyQueuesFor,
  whenPhrase,
} from './deskQueues'
import type { DeskRole } from './deskQueues'

describe('storyQueuesFor', () => {
  test.each<[DeskRole, string[]]>([
    ['editor', ['inReview', 'changesRequested', 'scheduled', 'myDrafts', 'recentlyPublished']],
    ['admin', ['inReview', 'changesRequested', 'scheduled', 'myDrafts', 'recentlyPublished']],
    ['writer', ['changesRequested', 'myDrafts', 'recentlyPublished']],
  ])('a %s sees %j', (role, keys) => {
    expect(storyQueuesFor(role, 7).map((queue) => queue.key)).toEqual(keys)
  })

  test.each([
    ['inReview', { workflowStage: { equals: 'in_review' } }, 'updatedAt'],
    [
      'changesRequested',
      { and: [{ workflowStage: { equals: 'changes_requested' } }, { createdBy: { equals: 7 } }] },
      'updatedAt',
    ],
    ['scheduled', { workflowStage: { equals: 'scheduled' } }, 'publishAt'],
    [
      'myDrafts',
      { and: [{ workflowStage: { equals: 'draft' } }, { createdBy: { equals: 7 } }] },
      '-updatedAt',
    ],
    ['recentlyPublished', { _status: { equals: 'published' } }, '-publishedAt'],
  ])('%s filters and sorts as the desk reads it', (key, where, sort) => {
    const queue = storyQueuesFor('editor', 7).find((each) => each.key === key)!
    expect(queue.where).toEqual(where)
    expect(queue.sort).toBe(sort)
  })
})

describe('importReviewCollectionsFor', () => {
  test.each<[DeskRole, string[]]>([
    ['editor', ['articles', 'people', 'organizations', 'tags']],
    ['writer', ['people', 'organizations', 'tags']],
  ])('a %s reviews %j', (role, collections) => {
    expect(importReviewCollectionsFor(role)).toEqual(collections)
  })
})

describe('listViewHref', () => {
  test('the list view gets the panel’s filter and order, as the admin parses them', () => {
    const [queue] = storyQueuesFor('editor', 7).filter((each) => each.key === 'changesRequested')
    const href = listViewHref('/admin', 'articles', queue!.where, queue!.sort)
    expect(href.startsWith('/admin/collections/articles?')).toBe(true)
    const query = parse(href.split('?')[1]!)
    expect(query).toEqual({
      where: {
        and: [{ workflowStage: { equals: 'changes_requested' } }, { createdBy: { equals: '7' } }],
      },
      sort: 'updatedAt',
    })
  })

  test('without a sort the list keeps its own', () => {
    expect(listViewHref('/admin', 'tags', { needsReview: { equals: true } })).toBe(
      '/admin/collections/tags?where%5BneedsReview%5D%5Bequals%5D=true',
    )
  })
})

describe('orderByWaiting', () => {
  const story = (id: number, updatedAt: string) => ({ id, updatedAt })
  test('by when each was sent for review, else by its last change', () => {
    const stories = [
      story(1, '2026-12-07T09:00:00Z'),
      story(2, '2026-12-07T10:00:00Z'),
      story(3, '2026-12-07T08:30:00Z'),
    ]
    // Story 2 was sent first but edited since; story 1 has no log entry.
    const sent = new Map([
      ['2', '2026-12-07T08:00:00Z'],
      ['3', '2026-12-07T08:15:00Z'],
    ])
    expect(orderByWaiting(stories, sent).map((each) => each.id)).toEqual([2, 3, 1])
  })
})

describe('whenPhrase', () => {
  const NOW = Date.parse('2026-12-07T10:00:00Z')
  test.each<[string | null, string | undefined]>([
    ['2026-12-07T10:00:20Z', 'just now'],
    ['2026-12-07T10:55:00Z', 'in 55 min'],
    ['2026-12-07T07:00:00Z', '3 h ago'],
    ['2026-12-08T10:00:00Z', 'in 1 day'],
    ['2026-12-04T10:00:00Z', '3 days ago'],
    [null, undefined],
    ['soon', undefined],
  ])('%j is %j', (value, expected) => {
    expect(whenPhrase(value, NOW)).toBe(expected)
  })
})
