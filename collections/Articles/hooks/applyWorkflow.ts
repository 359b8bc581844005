import { APIError, ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { WRITER_EDITABLE_STAGES } from '../../../src/access/canEditArticle'
import { isEditorUser } from '../../../src/access/roles'
import { checkSchedule } from '../../../src/domain/workflow/checkSchedule'
import { checkContentGates } from '../../../src/domain/workflow/contentGates'
import type { GateFailure } from '../../../src/domain/workflow/contentGates'
import { checkCorrections } from '../../../src/domain/workflow/corrections'
import { resolveStageChange } from '../../../src/domain/workflow/resolveStageChange'
import { isGoingLive, isWorkflowStage, statusForStage } from '../../../src/domain/workflow/stages'
import { checkTransition, transitionNeedsNote } from '../../../src/domain/workflow/transitions'
import type { Actor } from '../../../src/domain/workflow/transitions'
import { isStaleWrite, parseIfMatch } from '../../../src/domain/workflow/staleWrite'
import type { Article, Media } from '../../../src/payload-types'
import { relationId } from '../../../src/fields/relationId'
import { isLiveStory } from '../../../src/workflow/isLiveStory'
import { readWriteIntent } from '../../../src/workflow/writeIntent'
import { holdArticleForWrite, releaseArticle } from './holdArticleForWrite'
import type { Hold } from './holdArticleForWrite'
import { readLatestDraft } from './readLatestDraft'

const refuse = (message: string, rule: string, status: number): APIError =>
  new APIError(`${message} [${rule}]`, status, { rule }, true)

/** One error per field, labelled as the admin labels the field it shows the message next to. */
const invalid = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  failures: GateFailure[],
): ValidationError => {
  const labelOf = (path: string) => {
    const field = collection.flattenedFields.find((candidate) => candidate.name === path)
    return field && 'label' in field && typeof field.label === 'string' ? field.label : undefined
  }
  const errors = failures.map((failure) => ({ ...failure, label: labelOf(failure.path) }))
  return new ValidationError({ collection: collection.slug, errors, req })
}

/**
 * Payload checks a `Where` update rule against the latest version, but falls back to the main
 * document when no version matches, so a writer could edit a story already in review. The rule
 * is checked here against the real latest version.
 */
const assertWriterMayEdit = async (req: PayloadRequest, id: number | string): Promise<void> => {
  const current = await readLatestDraft(req, id, ['createdBy', 'workflowStage'])
  const isOwn = String(relationId(current.createdBy)) === String(req.user?.id)
  if (!isOwn || !WRITER_EDITABLE_STAGES.includes(current.workflowStage ?? 'draft')) {
    throw refuse(
      'A writer can edit only their own story, and only while it is a Draft or sent back to them',
      'writers-own-drafts',
      403,
    )
  }
}

/** The version the client based its write on: `If-Match` over HTTP, `context.ifMatch` locally. */
const basedOnVersion = (req: PayloadRequest): null | string =>
  parseIfMatch(
    req.headers?.get?.('if-match') ??
      (typeof req.context.ifMatch === 'string' ? req.context.ifMatch : null),
  )

const leadImageDetails = async (req: PayloadRequest, leadImage: unknown) => {
  if (leadImage && typeof leadImage === 'object' && 'alt' in leadImage) return leadImage as Media
  const id = relationId(leadImage)
  if (id === null) return null
  const media = await req.payload.findByID({
    collection: 'media',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return media ?? { alt: null, creditLine: null }
}

/** A writer moves only their own story; editors and admins move any; the system moves anything. */
const actorFor = (req: PayloadRequest, isSystem: boolean, createdBy: unknown): Actor => {
  if (isSystem) return { kind: 'system' }
  if (isEditorUser(req.user)) return { kind: 'editor' }
  const owner = relationId(createdBy)
  return { kind: 'writer', isOwner: owner !== null && String(owner) === String(req.user?.id) }
}

const isNewNote = (note: unknown, previous: unknown): note is string =>
  typeof note === 'string' && note.trim() !== '' && note !== previous

const KEPT_ON_RESTORE = [
  'createdBy',
  'corrections',
  'workflowNote',
  'publishAt',
  'unpublishAt',
  'publishedAt',
] as const

/**
 * The editorial workflow, for every API alike: refuses stale writes (409), works out and checks
 * the stage change (403 for the wrong role, 400 for an illegal move), holds a story to the content
 * gates before it goes out, keeps corrections permanent, and keeps stage and `_status` in step.
 */
const settleWorkflow: CollectionBeforeChangeHook<Article> = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const intent = readWriteIntent(req)
  const previous = operation === 'update' ? originalDoc : undefined
  const basedOn = basedOnVersion(req)
  let hold: Hold | undefined
  if (previous && basedOn !== null && basedOn !== '*') {
    // Compared with the version as it stands once no other save of this article is in progress.
    hold = await holdArticleForWrite(req, previous.id)
    if (isStaleWrite(basedOn, hold.updatedAt)) {
      throw refuse(
        `This article has changed since you read it (it is now at version "${hold.updatedAt}"): reload it and make your change again`,
        'stale-write',
        409,
      )
    }
  }

  if (previous && !intent.isSystem && !isEditorUser(req.user)) {
    await assertWriterMayEdit(req, previous.id)
  }

  const next: Partial<Article> = { ...data }
  // A restore brings back the words of an old version, not its stage, schedule or corrections.
  if (previous && intent.isRestore) {
    for (const field of KEPT_ON_RESTORE) Object.assign(next, { [field]: previous[field] ?? null })
  }
  if (!previous && !intent.isSystem) {
    // A new story (or a copy of one) starts clean and belongs to whoever filed it.
    Object.assign(next, {
      createdBy: req.user?.id ?? null,
      workflowNote: null,
      corrections: [],
      publishedAt: null,
      publishAt: null,
      unpublishAt: null,
    })
  }

  const isLive = previous ? (hold?.isLive ?? (await isLiveStory(req, previous.id))) : false
  const currentStage = previous
    ? isWorkflowStage(previous.workflowStage)
      ? previous.workflowStage
      : // Stories saved before the workflow existed take the stage their status implies.
        previous._status === 'published'
        ? 'published'
        : 'draft'
    : null
  const change = resolveStageChange({
    currentStage,
    isLive,
    isDraftSave: intent.draft && intent.requestedStatus !== 'published',
    requestedStage: intent.isRestore ? undefined : intent.requestedStage,
    requestedStatus: intent.isRestore ? undefined : intent.requestedStatus,
  })
  if ('refusal' in change) {
    throw refuse(change.refusal.message, change.refusal.rule, change.refusal.status)
  }
  const { from, to } = change
  const actor = actorFor(req, intent.isSystem, previous ? previous.createdBy : next.createdBy)
  const refusal = checkTransition({ from, to, actor, isLive })
  if (refusal) throw refuse(refusal.message, refusal.rule, refusal.status)

  const isMove = from !== to
  // The note belongs to the move it came with; a later move without a new note clears it.
  const note = isNewNote(next.workflowNote, previous?.workflowNote) ? next.workflowNote : null
  next.workflowNote = isMove ? note : (previous?.workflowNote ?? next.workflowNote ?? null)
  const failures: GateFailure[] = []
  if (isMove && transitionNeedsNote(from, to) && !note) {
    failures.push({
      path: 'workflowNote',
      message: 'Say what needs to change when sending a story back',
    })
  }
  if (isGoingLive(to)) {
    failures.push(
      ...checkContentGates({
        ...next,
        body: next.body as Parameters<typeof checkContentGates>[0]['body'],
        leadImage: await leadImageDetails(req, next.leadImage),
      }),
    )
  }
  failures.push(
    ...checkSchedule({
      from,
      to,
      publishAt: next.publishAt,
      unpublishAt: next.unpublishAt,
      previousUnpublishAt: previous?.unpublishAt,
      now: Date.now(),
    }),
  )
  const corrections = checkCorrections({
    before: previous?.corrections ?? [],
    after: next.corrections ?? [],
    hasBeenPublished: Boolean(previous?.publishedAt) || isLive || to === 'published',
  })
  if (corrections.problem) failures.push({ path: 'corrections', message: corrections.problem })
  if (failures.length > 0) throw invalid(req, collection, failures)

  return { ...next, workflowStage: to, _status: statusForStage(to) }
}

/** The workflow above; see settleWorkflow. */
export const applyWorkflow: CollectionBeforeChangeHook<Article> = async (args) => {
  try {
    return await settleWorkflow(args)
  } catch (error) {
    // A refused save gives up its hold at once (see holdArticleForWrite).
    releaseArticle(args.req, args.originalDoc?.id)
    throw error
  }
}
