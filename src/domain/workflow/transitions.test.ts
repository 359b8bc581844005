import { describe, expect, test } from 'vitest'

import { WORKFLOW_STAGES } from './stages'
import type { WorkflowStage } from './stages'
import { TRANSITIONS, checkTransition, transitionNeedsNote } from './transitions'
import type { Actor } from './transitions'

const EDITOR: Actor = { kind: 'editor' }
const OWNER: Actor = { kind: 'writer', isOwner: true }
const OTHER_WRITER: Actor = { kind: 'writer', isOwner: false }
const SYSTEM: Actor = { kind: 'system' }

type Case = [
  from: WorkflowStage,
  to: WorkflowStage,
  actor: Actor,
  isLive: boolean,
  status: null | 400 | 403,
]

const ALLOWED: Case[] = [
  ['draft', 'in_review', OWNER, false, null],
  ['draft', 'in_review', EDITOR, false, null],
  ['changes_requested', 'in_review', OWNER, false, null],
  ['in_review', 'approved', EDITOR, false, null],
  ['in_review', 'changes_requested', EDITOR, false, null],
  ['approved', 'changes_requested', EDITOR, false, null],
  ['approved', 'published', EDITOR, false, null],
  ['approved', 'scheduled', EDITOR, false, null],
  ['scheduled', 'published', EDITOR, false, null],
  ['scheduled', 'approved', EDITOR, false, null],
  ['published', 'unpublished', EDITOR, true, null],
  ['published', 'draft', EDITOR, true, null],
  ['draft', 'published', EDITOR, true, null],
  ['unpublished', 'draft', EDITOR, false, null],
  ['unpublished', 'published', EDITOR, false, null],
]

const REFUSED: Case[] = [
  ['draft', 'in_review', OTHER_WRITER, false, 403],
  ['in_review', 'approved', OWNER, false, 403],
  ['in_review', 'changes_requested', OWNER, false, 403],
  ['approved', 'published', OWNER, false, 403],
  ['approved', 'scheduled', OWNER, false, 403],
  ['published', 'unpublished', OWNER, true, 403],
  ['draft', 'published', EDITOR, false, 400],
  ['draft', 'approved', EDITOR, false, 400],
  ['draft', 'scheduled', EDITOR, false, 400],
  ['in_review', 'published', EDITOR, false, 400],
  ['changes_requested', 'published', EDITOR, false, 400],
  ['changes_requested', 'approved', EDITOR, false, 400],
  ['unpublished', 'in_review', EDITOR, false, 400],
  ['draft', 'published', OWNER, false, 403],
  ['draft', 'approved', OWNER, false, 403],
  ['in_review', 'draft', OWNER, false, 403],
]

describe('checkTransition', () => {
  test.each(ALLOWED)('%s to %s is allowed for %o (live: %s)', (from, to, actor, isLive) => {
    expect(checkTransition({ from, to, actor, isLive })).toBeNull()
  })

  test.each(REFUSED)(
    '%s to %s is refused for %o (live: %s) with %s',
    (from, to, actor, isLive, status) => {
      expect(checkTransition({ from, to, actor, isLive })?.status).toBe(status)
    },
  )

  test.each(WORKFLOW_STAGES)(
    'staying in %s is no move, so anyone who may edit may save',
    (stage) => {
      expect(checkTransition({ from: stage, to: stage, actor: OWNER, isLive: false })).toBeNull()
    },
  )

  test.each(WORKFLOW_STAGES)('the system may move a story to %s from anywhere', (to) => {
    for (const from of WORKFLOW_STAGES) {
      expect(checkTransition({ from, to, actor: SYSTEM, isLive: false })).toBeNull()
    }
  })

  test.each([
    ['draft', null],
    ['in_review', 400],
    ['published', 400],
  ] as const)('a new article filed as %s gets %s', (to, status) => {
    expect(checkTransition({ from: null, to, actor: EDITOR, isLive: false })?.status ?? null).toBe(
      status,
    )
  })

  test('a refusal names the rule and says where the story can go instead', () => {
    expect(
      checkTransition({ from: 'draft', to: 'published', actor: EDITOR, isLive: false }),
    ).toEqual({
      status: 400,
      rule: 'illegal-transition',
      message: expect.stringMatching(/from Draft to Published.*In review \(submit for review\)/),
    })
    expect(
      checkTransition({ from: 'in_review', to: 'approved', actor: OWNER, isLive: false })?.message,
    ).toBe(
      'Only an editor can move an article from In review to Approved; a writer can submit their own story for review',
    )
  })

  test('every move in the table is between known stages, and only sending back needs a note', () => {
    for (const { from, to } of TRANSITIONS) {
      expect(WORKFLOW_STAGES).toContain(from)
      expect(WORKFLOW_STAGES).toContain(to)
      expect(transitionNeedsNote(from, to)).toBe(to === 'changes_requested')
    }
  })
})
