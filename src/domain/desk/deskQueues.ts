import { stringify } from 'qs-esm'

/** A query as Payload takes it (`where`), in plain data: this module knows no Payload. */
export type DeskWhere = Record<string, unknown>

export type DeskRole = 'admin' | 'editor' | 'writer'

export type StoryQueueKey =
  'inReview' | 'changesRequested' | 'scheduled' | 'myDrafts' | 'recentlyPublished'

/** One of the desk's lists of stories, as the dashboard shows it and the list view filters it. */
export interface StoryQueue {
  key: StoryQueueKey
  title: string
  /** One line under the title: what is in it, in which order. */
  note: string
  where: DeskWhere
  /** Payload's sort: a field name, `-` in front for newest first. */
  sort: string
  /**
   * Read the latest versions, as the admin's list does (a story in review is a draft), or the
   * published documents.
   */
  isDraftRead: boolean
}

/** How many stories each panel shows; its count and link cover the rest. */
export const DESK_ITEMS_SHOWN = 5

const stage = (value: string): DeskWhere => ({ workflowStage: { equals: value } })
const mine = (userId: number | string): DeskWhere => ({ createdBy: { equals: userId } })

const QUEUES = {
  inReview: () => ({
    key: 'inReview',
    title: 'In review',
    note: 'Waiting for an editor, the longest waiting first.',
    where: stage('in_review'),
    sort: 'updatedAt',
    isDraftRead: true,
  }),
  changesRequested: (userId) => ({
    key: 'changesRequested',
    title: 'Changes requested to me',
    note: 'Your stories an editor sent back, with what they asked for.',
    where: { and: [stage('changes_requested'), mine(userId)] },
    sort: 'updatedAt',
    isDraftRead: true,
  }),
  scheduled: () => ({
    key: 'scheduled',
    title: 'Scheduled next',
    note: 'Going out on their own, the soonest first.',
    where: stage('scheduled'),
    sort: 'publishAt',
    isDraftRead: true,
  }),
  myDrafts: (userId) => ({
    key: 'myDrafts',
    title: 'My drafts',
    note: 'Stories you filed that are not yet sent for review, the last edited first.',
    where: { and: [stage('draft'), mine(userId)] },
    sort: '-updatedAt',
    isDraftRead: true,
  }),
  recentlyPublished: () => ({
    key: 'recentlyPublished',
    title: 'Recently published',
    note: 'Live for readers now, the newest first.',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    isDraftRead: false,
  }),
} satisfies Record<StoryQueueKey, (userId: number | string) => StoryQueue>

/**
 * What each role can act on: editors review, schedule and publish; a writer works on their own
 * drafts and what was sent back to them. Everyone sees what went out.
 */
const QUEUES_BY_ROLE: Record<DeskRole, StoryQueueKey[]> = {
  admin: ['inReview', 'changesRequested', 'scheduled', 'myDrafts', 'recentlyPublished'],
  editor: ['inReview', 'changesRequested', 'scheduled', 'myDrafts', 'recentlyPublished'],
  writer: ['changesRequested', 'myDrafts', 'recentlyPublished'],
}

export const storyQueuesFor = (role: DeskRole, userId: number | string): StoryQueue[] =>
  QUEUES_BY_ROLE[role].map((key) => QUEUES[key](userId))

export type ReviewedCollection = 'articles' | 'people' | 'organizations' | 'tags'

/**
 * Where the importer leaves things to check. Writers edit people, organisations and tags, but not
 * stories they did not file (imported ones are nobody's), so theirs has no articles row.
 */
export const importReviewCollectionsFor = (role: DeskRole): ReviewedCollection[] =>
  role === 'writer'
    ? ['people', 'organizations', 'tags']
    : ['articles', 'people', 'organizations', 'tags']

export const NEEDS_REVIEW: DeskWhere = { needsReview: { equals: true } }

/** The admin's list of a collection filtered and sorted as a panel is: the panel's "see all". */
export const listViewHref = (
  adminPath: string,
  collection: string,
  where: DeskWhere,
  sort?: string,
): string =>
  `${adminPath}/collections/${collection}${stringify({ where, ...(sort ? { sort } : {}) }, { addQueryPrefix: true })}`

/**
 * Stories in review, the longest waiting first: by when each was last sent for review (its
 * editorial log), else by its last change.
 */
export const orderByWaiting = <Story extends { id: number | string; updatedAt: string }>(
  stories: Story[],
  sentForReviewAt: ReadonlyMap<string, string>,
): Story[] => {
  const waitingSince = (story: Story) =>
    Date.parse(sentForReviewAt.get(String(story.id)) ?? story.updatedAt)
  return [...stories].sort((a, b) => waitingSince(a) - waitingSince(b))
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "in 55 min", "3 h ago", "2 days ago": how far a time is from now, as the desk reads it. */
export const whenPhrase = (value: string | null | undefined, now: number): string | undefined => {
  const time = value ? Date.parse(value) : NaN
  if (Number.isNaN(time)) return undefined
  const distance = Math.abs(time - now)
  const amount =
    distance < MINUTE
      ? undefined
      : distance < HOUR
        ? `${Math.round(distance / MINUTE)} min`
        : distance < DAY
          ? `${Math.round(distance / HOUR)} h`
          : `${Math.round(distance / DAY)} day${Math.round(distance / DAY) === 1 ? '' : 's'}`
  if (!amount) return 'just now'
  return time > now ? `in ${amount}` : `${amount} ago`
}
