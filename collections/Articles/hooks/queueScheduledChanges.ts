import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '../../../src/payload-types'
import { CARRY_OUT_SCHEDULE, WORKFLOW_QUEUE } from '../../../src/workflow/carryOutSchedule'

/**
 * Queues the scheduler for the moment a story is due to go up or come down. The job checks the
 * story again when it runs, so a schedule changed since then leaves the old job with nothing to do.
 */
export const queueScheduledChanges: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const moments: string[] = []
  const isNewlyScheduled =
    doc.workflowStage === 'scheduled' &&
    (previousDoc?.workflowStage !== 'scheduled' || previousDoc?.publishAt !== doc.publishAt)
  if (isNewlyScheduled && doc.publishAt) moments.push(doc.publishAt)
  if (doc.unpublishAt && doc.unpublishAt !== previousDoc?.unpublishAt) moments.push(doc.unpublishAt)
  for (const moment of moments) {
    await req.payload.jobs.queue({
      task: CARRY_OUT_SCHEDULE,
      queue: WORKFLOW_QUEUE,
      input: { articleId: String(doc.id) },
      waitUntil: new Date(moment),
      req,
    })
  }
  return doc
}
