import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  PayloadRequest,
  Plugin,
} from 'payload'

import { classifyDraftWrite, classifyStoryWrite } from '../domain/publishing/representationChange'
import type {
  RepresentationChange,
  ShownCollection,
  StoryId,
  StoryWrite,
} from '../domain/publishing/representationChange'
import { isLiveStory } from '../workflow/isLiveStory'
import { SCHEDULED_PUBLISHING_ACTOR } from '../workflow/carryOutSchedule'
import { SYSTEM_ACTOR_NAME } from '../workflow/writeIntent'

/**
 * Told of every change to what readers are shown, inside the transaction of the write that made
 * it (`req` carries it): what a listener writes commits or rolls back with the change. Story
 * writes readers are shown nothing of come too, as `drafted` or `draftDeleted` (the search index
 * keeps staff's newest text); a copy of what readers see skips them (`isShownToReaders`). A listener
 * that must act after the commit (render, index, call out) records the change here and acts
 * when the transaction ends (src/database/transaction.ts `whenTransactionEnds`).
 */
export type RepresentationListener = (
  change: RepresentationChange,
  req: PayloadRequest,
) => Promise<void> | void

/** The collections whose documents stories show; a change to one fans out to those stories. */
const SHOWN_COLLECTIONS: ReadonlySet<string> = new Set<ShownCollection>([
  'media',
  'organizations',
  'people',
  'sections',
  'tags',
])

/** Before a story is written: whether readers saw it, and whether the save writes a draft only. */
interface StoryBefore {
  wasLive: boolean
  isDraftOnly: boolean
}

const storiesBefore = new WeakMap<PayloadRequest, Map<string, StoryBefore>>()

const rememberBefore: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const { id, draft, data } = args as {
    id?: StoryId
    draft?: boolean
    data?: { _status?: unknown }
  }
  if ((operation !== 'update' && operation !== 'delete') || id == null) return
  // Decided as Payload decides it (`isSavingDraft`): a draft save that does not ask to publish.
  const isDraftOnly = operation === 'update' && draft === true && data?._status !== 'published'
  const before = storiesBefore.get(req) ?? new Map<string, StoryBefore>()
  storiesBefore.set(req, before)
  before.set(String(id), {
    isDraftOnly,
    // A draft-only save leaves the live story alone, so it needs no read of it.
    wasLive: isDraftOnly ? false : await isLiveStory(req, id),
  })
}

const beforeOf = (req: PayloadRequest, id: StoryId): StoryBefore | undefined =>
  storiesBefore.get(req)?.get(String(id))

const correctionCount = (doc: unknown): number => {
  const corrections = (doc as { corrections?: unknown } | null)?.corrections
  return Array.isArray(corrections) ? corrections.length : 0
}

const isScheduledRun = (req: PayloadRequest): boolean =>
  req.context?.[SYSTEM_ACTOR_NAME] === SCHEDULED_PUBLISHING_ACTOR

const tell = async (
  listeners: RepresentationListener[],
  change: RepresentationChange,
  req: PayloadRequest,
): Promise<void> => {
  for (const listener of listeners) await listener(change, req)
}

const slugOf = (doc: unknown): null | string => {
  const slug = (doc as { slug?: unknown } | null)?.slug
  return typeof slug === 'string' ? slug : null
}

/** Tells the listeners what the write did: to what readers see, or else to staff's draft. */
const tellStoryWrite = async (
  listeners: RepresentationListener[],
  write: StoryWrite,
  story: StoryId,
  doc: unknown,
  req: PayloadRequest,
): Promise<void> => {
  const kind = classifyStoryWrite(write) ?? classifyDraftWrite(write)
  if (kind) await tell(listeners, { kind, story, slug: slugOf(doc) }, req)
}

const storyChanged =
  (listeners: RepresentationListener[]): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const before = operation === 'update' ? beforeOf(req, doc.id) : undefined
    const write: StoryWrite = {
      operation,
      isDraftOnly: before?.isDraftOnly ?? false,
      wasLive: before?.wasLive ?? false,
      isLive: doc._status === 'published',
      correctionsBefore: correctionCount(previousDoc),
      correctionsAfter: correctionCount(doc),
      isScheduledRun: isScheduledRun(req),
    }
    await tellStoryWrite(listeners, write, doc.id, doc, req)
    return doc
  }

const storyDeleted =
  (listeners: RepresentationListener[]): CollectionAfterDeleteHook =>
  async ({ doc, id, req }) => {
    const write: StoryWrite = {
      operation: 'delete',
      isDraftOnly: false,
      wasLive: beforeOf(req, id)?.wasLive ?? doc?._status === 'published',
      isLive: false,
      correctionsBefore: 0,
      correctionsAfter: 0,
      isScheduledRun: false,
    }
    await tellStoryWrite(listeners, write, id, doc, req)
    return doc
  }

const entityChanged =
  (listeners: RepresentationListener[], collection: ShownCollection) =>
  async ({ id, req }: { id: StoryId; req: PayloadRequest }): Promise<void> =>
    // A document just created is shown by no story yet; one changed or deleted may be.
    tell(listeners, { kind: 'entityChanged', collection, entity: id }, req)

const withStoryHooks = (
  collection: CollectionConfig,
  listeners: RepresentationListener[],
): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), rememberBefore],
      afterChange: [...(hooks.afterChange ?? []), storyChanged(listeners)],
      afterDelete: [...(hooks.afterDelete ?? []), storyDeleted(listeners)],
    },
  }
}

const withEntityHooks = (
  collection: CollectionConfig,
  listeners: RepresentationListener[],
): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  const changed = entityChanged(listeners, collection.slug as ShownCollection)
  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
    if (operation === 'update') await changed({ id: doc.id, req })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
    await changed({ id, req })
    return doc
  }
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), afterChange],
      afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
    },
  }
}

/**
 * The one seam where "a story's public representation changed" is decided: a story published,
 * updated while live, corrected, unpublished, made live by the scheduler or deleted, and a person,
 * organisation, tag, section or image that stories show changed. Each listener is told in the
 * write's own transaction (docs/architecture-publishing.md). A plugin, so it sees every write,
 * whichever API or job made it, after each collection's own hooks.
 */
export const representationChanges =
  (listeners: RepresentationListener[]): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === 'articles') return withStoryHooks(collection, listeners)
      if (SHOWN_COLLECTIONS.has(collection.slug)) return withEntityHooks(collection, listeners)
      return collection
    }),
  })
