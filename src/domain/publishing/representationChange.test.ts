import { describe, expect, it } from 'vitest'

import { classifyDraftWrite, classifyStoryWrite, isShownToReaders } from './representationChange'
import type { StoryWrite } from './representationChange'

const write = (overrides: Partial<StoryWrite>): StoryWrite => ({
  operation: 'update',
  isDraftOnly: false,
  wasLive: false,
  isLive: false,
  correctionsBefore: 0,
  correctionsAfter: 0,
  isScheduledRun: false,
  ...overrides,
})

describe('what a story write did to what readers see', () => {
  it.each([
    { name: 'a draft created', given: { operation: 'create' as const }, kind: null },
    {
      name: 'created published',
      given: { operation: 'create' as const, isLive: true },
      kind: 'published',
    },
    { name: 'first published', given: { isLive: true }, kind: 'published' },
    {
      name: 'published by the scheduler',
      given: { isLive: true, isScheduledRun: true },
      kind: 'scheduled',
    },
    { name: 'edited while live', given: { wasLive: true, isLive: true }, kind: 'updated' },
    {
      name: 'corrected while live',
      given: { wasLive: true, isLive: true, correctionsBefore: 1, correctionsAfter: 2 },
      kind: 'corrected',
    },
    { name: 'unpublished', given: { wasLive: true }, kind: 'unpublished' },
    {
      name: 'unpublished by the scheduler',
      given: { wasLive: true, isScheduledRun: true },
      kind: 'unpublished',
    },
    {
      name: 'a draft saved over a live story',
      given: { wasLive: true, isLive: false, isDraftOnly: true },
      kind: null,
    },
    { name: 'a draft edited', given: {}, kind: null },
    {
      name: 'deleted while live',
      given: { operation: 'delete' as const, wasLive: true },
      kind: 'deleted',
    },
    { name: 'a draft deleted', given: { operation: 'delete' as const }, kind: null },
  ])('$name → $kind', ({ given, kind }) => {
    expect(classifyStoryWrite(write(given))).toBe(kind)
  })
})

describe("what a story write did to staff's newest text when readers see no change", () => {
  it.each([
    { name: 'a draft created', given: { operation: 'create' as const }, kind: 'drafted' },
    {
      name: 'a draft saved over a live story',
      given: { wasLive: true, isDraftOnly: true },
      kind: 'drafted',
    },
    { name: 'a draft edited', given: {}, kind: 'drafted' },
    { name: 'a draft deleted', given: { operation: 'delete' as const }, kind: 'draftDeleted' },
    { name: 'first published (a reader change)', given: { isLive: true }, kind: null },
    { name: 'unpublished (a reader change)', given: { wasLive: true }, kind: null },
    {
      name: 'deleted while live (a reader change)',
      given: { operation: 'delete' as const, wasLive: true },
      kind: null,
    },
  ])('$name → $kind', ({ given, kind }) => {
    expect(classifyDraftWrite(write(given))).toBe(kind)
  })

  it.each([
    ['published', true],
    ['corrected', true],
    ['deleted', true],
    ['drafted', false],
    ['draftDeleted', false],
  ] as const)('a %s change is shown to readers: %s', (kind, isShown) => {
    expect(isShownToReaders({ kind, story: 1 })).toBe(isShown)
  })
})
