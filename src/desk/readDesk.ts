import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { hasRole } from '../access/roles'
import {
  DESK_ITEMS_SHOWN,
  NEEDS_REVIEW,
  importReviewCollectionsFor,
  listViewHref,
  orderByWaiting,
  storyQueuesFor,
} from '../domain/desk/deskQueues'
import type { DeskRole, ReviewedCollection, StoryQueue } from '../domain/desk/deskQueues'
import type { QueuedStory } from '../domain/desk/storyDetail'
import type { Article, EditorialLog } from '../payload-types'

/** A story in a panel, with the log entry that put it there when there is one. */
export interface DeskStory extends QueuedStory {
  id: number | string
  headline: string
  href: string
}

export interface DeskPanel extends StoryQueue {
  count: number
  href: string
  stories: DeskStory[]
}

export interface ImportReviewRow {
  collection: ReviewedCollection
  label: string
  count: number
  href: string
}

export interface Desk {
  panels: DeskPanel[]
  /** Null when the content model has no `needsReview` field to count. */
  importReview: ImportReviewRow[] | null
}

/** How many stories in review are read to put the longest waiting first. */
const REVIEW_WINDOW = 100

const deskRole = (req: PayloadRequest): DeskRole | null => {
  for (const role of ['admin', 'editor', 'writer'] as const) {
    if (hasRole(req.user, role)) return role
  }
  return null
}

const STAGE_OF: Partial<Record<StoryQueue['key'], 'in_review' | 'changes_requested'>> = {
  inReview: 'in_review',
  changesRequested: 'changes_requested',
}

/** The latest move of each story into `stage`, from the editorial log, read as the user may. */
const lastMoves = async (
  req: PayloadRequest,
  ids: Array<number | string>,
  stage: 'in_review' | 'changes_requested',
): Promise<Map<string, NonNullable<DeskStory['lastMove']>>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'editorial-log',
    where: { and: [{ article: { in: ids } }, { toStage: { equals: stage } }] },
    sort: '-createdAt',
    limit: ids.length * 5,
    pagination: false,
    depth: 0,
    select: { article: true, actorName: true, note: true, createdAt: true },
    overrideAccess: false,
    req,
  })
  const moves = new Map<string, NonNullable<DeskStory['lastMove']>>()
  for (const entry of docs as EditorialLog[]) {
    const key = String(entry.article)
    if (moves.has(key)) continue
    moves.set(key, {
      actorName: entry.actorName ?? undefined,
      at: entry.createdAt,
      note: entry.note?.trim() || undefined,
    })
  }
  return moves
}

const readPanel = async (
  req: PayloadRequest,
  queue: StoryQueue,
  adminPath: string,
): Promise<DeskPanel> => {
  const stage = STAGE_OF[queue.key]
  const { docs, totalDocs } = await req.payload.find({
    collection: 'articles',
    where: queue.where as Where,
    sort: queue.sort,
    draft: queue.isDraftRead,
    limit: queue.key === 'inReview' ? REVIEW_WINDOW : DESK_ITEMS_SHOWN,
    depth: 0,
    select: { headline: true, updatedAt: true, publishAt: true, publishedAt: true },
    overrideAccess: false,
    req,
  })
  const articles = docs as Article[]
  const moves = stage
    ? await lastMoves(
        req,
        articles.map((article) => article.id),
        stage,
      )
    : null
  const stories: DeskStory[] = articles.map((article) => ({
    id: article.id,
    headline: article.headline,
    href: `${adminPath}/collections/articles/${article.id}`,
    updatedAt: article.updatedAt,
    publishAt: article.publishAt ?? undefined,
    publishedAt: article.publishedAt ?? undefined,
    lastMove: moves?.get(String(article.id)),
  }))
  const sentAt = new Map([...(moves ?? [])].map(([id, move]) => [id, move.at]))
  const ordered = queue.key === 'inReview' ? orderByWaiting(stories, sentAt) : stories
  return {
    ...queue,
    count: totalDocs,
    href: listViewHref(adminPath, 'articles', queue.where, queue.sort),
    stories: ordered.slice(0, DESK_ITEMS_SHOWN),
  }
}

const hasNeedsReview = (req: PayloadRequest, collection: ReviewedCollection): boolean =>
  req.payload.collections[collection as CollectionSlug]?.config.flattenedFields.some(
    (field) => field.name === 'needsReview',
  ) ?? false

const readImportReview = async (
  req: PayloadRequest,
  role: DeskRole,
  adminPath: string,
): Promise<ImportReviewRow[] | null> => {
  const collections = importReviewCollectionsFor(role).filter((collection) =>
    hasNeedsReview(req, collection),
  )
  if (collections.length === 0) return null
  return Promise.all(
    collections.map(async (collection) => {
      const { config } = req.payload.collections[collection as CollectionSlug]
      // The latest versions, as the list the link opens shows them.
      const { totalDocs } = await req.payload.find({
        collection: collection as CollectionSlug,
        where: NEEDS_REVIEW as Where,
        draft: Boolean(config.versions?.drafts),
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
        overrideAccess: false,
        req,
      })
      const label = config.labels.plural
      return {
        collection,
        label: typeof label === 'string' ? label : collection,
        count: totalDocs,
        href: listViewHref(adminPath, collection, NEEDS_REVIEW),
      }
    }),
  )
}

/**
 * The desk's queues for the signed-in user, each read with their access (never overridden), so a
 * panel lists only what they may open. Empty for anyone without a newsroom role.
 */
export const readDesk = async (req: PayloadRequest): Promise<Desk> => {
  const role = deskRole(req)
  if (!role || !req.user) return { panels: [], importReview: null }
  const adminPath = req.payload.config.routes.admin
  const [panels, importReview] = await Promise.all([
    Promise.all(storyQueuesFor(role, req.user.id).map((queue) => readPanel(req, queue, adminPath))),
    readImportReview(req, role, adminPath),
  ])
  return { panels, importReview }
}
