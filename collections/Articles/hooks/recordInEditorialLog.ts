import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { isStaffUser } from '../../../src/access/roles'
import type { Article, EditorialLog } from '../../../src/payload-types'
import { SYSTEM_ACTOR_NAME } from '../../../src/workflow/writeIntent'

type Entry = Pick<EditorialLog, 'action' | 'fromStage' | 'toStage' | 'note'>

const who = (req: PayloadRequest): Pick<EditorialLog, 'actor' | 'actorName'> => {
  if (req.user && isStaffUser(req.user)) {
    const name = 'name' in req.user ? String(req.user.name) : undefined
    return { actor: req.user.id as number, actorName: name ?? null }
  }
  const systemName = req.context[SYSTEM_ACTOR_NAME]
  return { actor: null, actorName: typeof systemName === 'string' ? systemName : 'System' }
}

/**
 * Writes the editorial log: one entry per stage change and per new correction, in the same
 * transaction as the change itself, so the log and the article never disagree.
 */
export const recordInEditorialLog: CollectionAfterChangeHook<Article> = async ({
  data,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const from = operation === 'create' ? null : (previousDoc?.workflowStage ?? null)
  const to = doc.workflowStage ?? 'draft'
  const entries: Entry[] = []
  if (from !== to) {
    entries.push({
      action: 'stage_change',
      fromStage: from,
      toStage: to,
      note: data.workflowNote ?? null,
    })
  }
  const printed = new Set((previousDoc?.corrections ?? []).map((correction) => correction.id))
  for (const correction of doc.corrections ?? []) {
    if (printed.has(correction.id)) continue
    entries.push({ action: 'correction', fromStage: to, toStage: to, note: correction.text })
  }
  for (const entry of entries) {
    await req.payload.create({
      collection: 'editorial-log',
      data: {
        ...entry,
        ...who(req),
        article: doc.id,
        headline: doc.headline,
        summary: `${doc.headline}: ${entry.action === 'correction' ? 'correction' : `${entry.fromStage ?? 'new'} → ${entry.toStage}`}`,
      },
      overrideAccess: true,
      // Nobody reads the returned entry: no need to fetch the article and its links back.
      depth: 0,
      req,
    })
  }
  return doc
}
