import type { TaskConfig } from 'payload'

import { idFromText } from '../database/queryFeatures'
import { isLiveStory } from './isLiveStory'
import { SYSTEM_ACTOR_NAME } from './writeIntent'

export const CARRY_OUT_SCHEDULE = 'carryOutSchedule'
export const WORKFLOW_QUEUE = 'workflow'
/** Who the editorial log names for the scheduler's writes (and how they are told from others). */
export const SCHEDULED_PUBLISHING_ACTOR = 'Scheduled publishing'

const isDue = (moment: null | string | undefined, now: number): boolean =>
  typeof moment === 'string' && Date.parse(moment) <= now

/**
 * Publishes a scheduled story once its time has come, and takes a live story down at its
 * take-down time. It reads the story afresh, so it is safe to run early, late or twice.
 */
export const carryOutSchedule: TaskConfig<'carryOutSchedule'> = {
  slug: CARRY_OUT_SCHEDULE,
  retries: 2,
  inputSchema: [{ name: 'articleId', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const id = idFromText(req.payload, input.articleId)
    const context = { [SYSTEM_ACTOR_NAME]: SCHEDULED_PUBLISHING_ACTOR }
    const latest = await req.payload.findByID({
      collection: 'articles',
      id,
      draft: true,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    if (!latest) return { output: {} }
    const now = Date.now()
    if (latest.workflowStage === 'scheduled' && isDue(latest.publishAt, now)) {
      await req.payload.update({
        collection: 'articles',
        id,
        data: { _status: 'published' },
        depth: 0,
        overrideAccess: true,
        context,
        req,
      })
    }
    if (isDue(latest.unpublishAt, now) && (await isLiveStory(req, id))) {
      await req.payload.update({
        collection: 'articles',
        id,
        data: { _status: 'draft' },
        depth: 0,
        overrideAccess: true,
        context,
        req,
      })
    }
    return { output: {} }
  },
}
