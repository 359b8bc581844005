import { describe, expect, test } from 'vitest'

import { availableMoves } from './availableMoves'
import type { WorkflowStage } from './stages'
import type { Actor } from './transitions'

const owner: Actor = { kind: 'writer', isOwner: true }
const colleague: Actor = { kind: 'writer', isOwner: false }
const editor: Actor = { kind: 'editor' }

const CASES: [string, WorkflowStage, Actor, boolean, string[]][] = [
  ['a writer submits their own draft', 'draft', owner, false, ['in_review']],
  ['a writer cannot submit a colleague’s draft', 'draft', colleague, false, []],
  ['a writer resubmits a story sent back', 'changes_requested', owner, false, ['in_review']],
  ['a writer cannot approve or publish', 'approved', owner, false, []],
  ['a writer has no move on a story in review', 'in_review', owner, false, []],
  [
    'an editor approves or sends back',
    'in_review',
    editor,
    false,
    ['approved', 'changes_requested'],
  ],
  [
    'an editor publishes, schedules or sends back an approved story',
    'approved',
    editor,
    false,
    ['changes_requested', 'published', 'scheduled'],
  ],
  [
    'an editor publishes now or cancels a schedule',
    'scheduled',
    editor,
    false,
    ['published', 'approved'],
  ],
  [
    'an editor unpublishes; a revision starts by editing',
    'published',
    editor,
    true,
    ['unpublished'],
  ],
  [
    'a draft revision of a live story can be published',
    'draft',
    editor,
    true,
    ['in_review', 'published'],
  ],
  ['a draft that was never live cannot skip review', 'draft', editor, false, ['in_review']],
]

describe('availableMoves', () => {
  test.each(CASES)('%s', (_name, stage, actor, isLive, expected) => {
    expect(availableMoves({ stage, actor, isLive }).map((move) => move.to)).toEqual(expected)
  })
})
