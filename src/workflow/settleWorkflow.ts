import type { CollectionBeforeChangeHook } from 'payload'

import { statusForStage } from '../domain/workflow/stages'
import type { Article } from '../payload-types'
import { isLiveStory } from './isLiveStory'
import {
  correctionFailures,
  gateFailures,
  noteFailures,
  scheduleFailures,
  settleNote,
} from './settle/checks'
import { invalid } from './settle/refusals'
import { decideStageChange } from './settle/stageChange'
import { refuseStaleWrite } from './settle/staleWrite'
import { startingPoint } from './settle/startingPoint'
import { refuseWriterOutsideOwnDraft } from './settle/writerMayEdit'
import { releaseArticle } from './writeHold'
import { readWriteIntent } from './writeIntent'

/**
 * The editorial workflow, for every API alike: refuses stale writes (409), works out and checks
 * the stage change (403 for the wrong role, 400 for an illegal move), holds a story to the content
 * gates before it goes out, keeps corrections permanent, and keeps stage and `_status` in step.
 * Each step is a function in settle/; their order is the order a save is judged in.
 */
const settle: CollectionBeforeChangeHook<Article> = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const intent = readWriteIntent(req)
  const previous = operation === 'update' ? originalDoc : undefined
  const hold = previous ? await refuseStaleWrite(req, previous.id) : undefined
  if (previous) await refuseWriterOutsideOwnDraft(req, intent, previous.id)
  const next = startingPoint(req, intent, data, previous)
  const isLive = previous ? (hold?.isLive ?? (await isLiveStory(req, previous.id))) : false
  const move = decideStageChange(req, intent, previous, next, isLive)
  const note = settleNote(next, previous, move)
  const failures = [
    ...noteFailures(move, note),
    ...(await gateFailures(req, next, move)),
    ...scheduleFailures(next, previous, move),
    ...correctionFailures(next, previous, isLive, move),
  ]
  if (failures.length > 0) throw invalid(req, collection, failures)
  return { ...next, workflowStage: move.to, _status: statusForStage(move.to) }
}

/** The workflow above; a refused save gives up its hold at once (see writeHold.ts). */
export const settleWorkflow: CollectionBeforeChangeHook<Article> = async (args) => {
  try {
    return await settle(args)
  } catch (error) {
    releaseArticle(args.req, args.originalDoc?.id)
    throw error
  }
}
