import { TRANSITIONS, checkTransition } from './transitions'
import type { Actor, Transition } from './transitions'
import type { WorkflowStage } from './stages'

/** Moves made by editing rather than by a button: saving a live story starts its revision. */
const IMPLICIT_MOVES = new Set(['start a revision'])

/**
 * The moves `actor` may make on a story now, in the order the newsroom reads them, by the same
 * rule the server applies (`checkTransition`), so the admin offers nothing the server refuses.
 */
export const availableMoves = ({
  stage,
  actor,
  isLive,
}: {
  stage: WorkflowStage
  actor: Actor
  isLive: boolean
}): Transition[] =>
  TRANSITIONS.filter(
    (transition) =>
      transition.from === stage &&
      !IMPLICIT_MOVES.has(transition.name) &&
      checkTransition({ from: stage, to: transition.to, actor, isLive }) === null,
  )
