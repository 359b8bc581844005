import { describe, expect, test } from 'vitest'

import { resolveStageChange } from './resolveStageChange'
import type { WriteRequest } from './resolveStageChange'

type Case = [label: string, request: WriteRequest, expected: string]

const CASES: Case[] = [
  [
    'a new article is a draft',
    { currentStage: null, isLive: false, isDraftSave: true },
    'null>draft',
  ],
  [
    'a new article published by the system',
    { currentStage: null, isLive: false, isDraftSave: false, requestedStatus: 'published' },
    'null>published',
  ],
  [
    'a writer submits for review',
    { currentStage: 'draft', isLive: false, isDraftSave: true, requestedStage: 'in_review' },
    'draft>in_review',
  ],
  [
    'the Publish button on an approved story',
    {
      currentStage: 'approved',
      isLive: false,
      isDraftSave: false,
      requestedStatus: 'published',
      requestedStage: 'approved',
    },
    'approved>published',
  ],
  [
    'publishing through the stage',
    { currentStage: 'approved', isLive: false, isDraftSave: false, requestedStage: 'published' },
    'approved>published',
  ],
  [
    'an autosave keeps the stage',
    {
      currentStage: 'in_review',
      isLive: false,
      isDraftSave: true,
      requestedStatus: 'draft',
      requestedStage: 'in_review',
    },
    'in_review>in_review',
  ],
  [
    'a draft save of a live story starts a revision',
    {
      currentStage: 'published',
      isLive: true,
      isDraftSave: true,
      requestedStatus: 'draft',
      requestedStage: 'published',
    },
    'published>draft',
  ],
  [
    'a stale Published in an autosave of a revision is ignored',
    {
      currentStage: 'draft',
      isLive: true,
      isDraftSave: true,
      requestedStatus: 'draft',
      requestedStage: 'published',
    },
    'draft>draft',
  ],
  [
    'the Unpublish button takes a live story down',
    { currentStage: 'published', isLive: true, isDraftSave: false, requestedStatus: 'draft' },
    'published>unpublished',
  ],
  [
    'unpublishing a live story with a pending revision',
    { currentStage: 'in_review', isLive: true, isDraftSave: false, requestedStage: 'unpublished' },
    'published>unpublished',
  ],
  [
    'a plain write to a live story keeps it live (Payload #13267)',
    { currentStage: 'published', isLive: true, isDraftSave: false },
    'published>published',
  ],
  [
    'a plain write to a live story with a revision publishes the revision',
    { currentStage: 'approved', isLive: true, isDraftSave: false },
    'approved>published',
  ],
  [
    'a plain write to a story that is not live keeps its stage',
    { currentStage: 'changes_requested', isLive: false, isDraftSave: false },
    'changes_requested>changes_requested',
  ],
  [
    'the scheduler publishes',
    { currentStage: 'scheduled', isLive: false, isDraftSave: false, requestedStatus: 'published' },
    'scheduled>published',
  ],
  [
    'a revision of a live story is scheduled',
    { currentStage: 'approved', isLive: true, isDraftSave: true, requestedStage: 'scheduled' },
    'approved>scheduled',
  ],
  [
    'an unknown stage',
    { currentStage: 'draft', isLive: false, isDraftSave: true, requestedStage: 'printed' },
    'refused:unknown-stage',
  ],
  [
    '_status published with another stage',
    {
      currentStage: 'approved',
      isLive: false,
      isDraftSave: false,
      requestedStatus: 'published',
      requestedStage: 'scheduled',
    },
    'refused:stage-status-conflict',
  ],
  [
    'stage Published with _status draft',
    {
      currentStage: 'approved',
      isLive: false,
      isDraftSave: false,
      requestedStatus: 'draft',
      requestedStage: 'published',
    },
    'refused:stage-status-conflict',
  ],
  [
    'a non-draft write that would drop a live story',
    { currentStage: 'published', isLive: true, isDraftSave: false, requestedStage: 'in_review' },
    'refused:live-story-stays-up',
  ],
  [
    'unpublishing as a draft save',
    { currentStage: 'published', isLive: true, isDraftSave: true, requestedStage: 'unpublished' },
    'refused:unpublish-is-not-a-draft',
  ],
]

describe('resolveStageChange', () => {
  test.each(CASES)('%s', (_label, request, expected) => {
    const change = resolveStageChange(request)
    expect(
      'refusal' in change ? `refused:${change.refusal.rule}` : `${change.from}>${change.to}`,
    ).toBe(expected)
  })
})
