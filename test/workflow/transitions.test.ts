import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Article } from '../../src/payload-types'
import { authHeader } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { APIS, latest, openNewsroom, storyAt, updateAs } from './newsroom'
import type { Newsroom, Role } from './newsroom'

type Stage = NonNullable<Article['workflowStage']>

interface Move {
  label: string
  role: Role
  from: Stage
  data: Record<string, unknown>
  draft?: boolean
  owner?: Role
}

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()

const ALLOWED: Array<Move & { to: Stage }> = [
  {
    label: 'a writer submits their draft for review',
    role: 'writer',
    from: 'draft',
    data: { workflowStage: 'in_review' },
    draft: true,
    to: 'in_review',
  },
  {
    label: 'a writer resubmits a story sent back to them',
    role: 'writer',
    from: 'changes_requested',
    data: { workflowStage: 'in_review' },
    draft: true,
    to: 'in_review',
  },
  {
    label: 'a writer keeps working on their draft',
    role: 'writer',
    from: 'draft',
    data: { standfirst: 'More to come.' },
    draft: true,
    to: 'draft',
  },
  {
    label: 'an editor submits a draft for review',
    role: 'editor',
    from: 'draft',
    data: { workflowStage: 'in_review' },
    draft: true,
    to: 'in_review',
  },
  {
    label: 'an editor approves',
    role: 'editor',
    from: 'in_review',
    data: { workflowStage: 'approved' },
    draft: true,
    to: 'approved',
  },
  {
    label: 'an editor sends a story back with a note',
    role: 'editor',
    from: 'in_review',
    data: { workflowStage: 'changes_requested', workflowNote: 'Needs a second source' },
    draft: true,
    to: 'changes_requested',
  },
  {
    label: 'an editor sends an approved story back with a note',
    role: 'editor',
    from: 'approved',
    data: { workflowStage: 'changes_requested', workflowNote: 'Legal wants a look' },
    draft: true,
    to: 'changes_requested',
  },
  {
    label: 'an editor publishes an approved story with the Publish button',
    role: 'editor',
    from: 'approved',
    data: { _status: 'published' },
    to: 'published',
  },
  {
    label: 'an editor publishes an approved story through its stage',
    role: 'editor',
    from: 'approved',
    data: { workflowStage: 'published' },
    to: 'published',
  },
  {
    label: 'an editor schedules an approved story',
    role: 'editor',
    from: 'approved',
    data: { workflowStage: 'scheduled', publishAt: 'IN_AN_HOUR' },
    draft: true,
    to: 'scheduled',
  },
  {
    label: 'an editor cancels a schedule',
    role: 'editor',
    from: 'scheduled',
    data: { workflowStage: 'approved' },
    draft: true,
    to: 'approved',
  },
  {
    label: 'an editor publishes a scheduled story now',
    role: 'editor',
    from: 'scheduled',
    data: { _status: 'published' },
    to: 'published',
  },
  {
    label: 'an editor unpublishes with the Unpublish button',
    role: 'editor',
    from: 'published',
    data: { _status: 'draft' },
    to: 'unpublished',
  },
  {
    label: 'an editor unpublishes through the stage',
    role: 'editor',
    from: 'published',
    data: { workflowStage: 'unpublished' },
    to: 'unpublished',
  },
  {
    label: 'an editor edits a live story as a draft revision',
    role: 'editor',
    from: 'published',
    data: { standfirst: 'Updated.' },
    draft: true,
    to: 'draft',
  },
  {
    label: 'an editor fixes a live story in place',
    role: 'editor',
    from: 'published',
    data: { standfirst: 'Fixed.' },
    to: 'published',
  },
  {
    label: 'an editor reworks an unpublished story',
    role: 'editor',
    from: 'unpublished',
    data: { workflowStage: 'draft' },
    draft: true,
    to: 'draft',
  },
  {
    label: 'an editor republishes an unpublished story',
    role: 'editor',
    from: 'unpublished',
    data: { _status: 'published' },
    to: 'published',
  },
  {
    label: 'an admin approves',
    role: 'admin',
    from: 'in_review',
    data: { workflowStage: 'approved' },
    draft: true,
    to: 'approved',
  },
  {
    label: 'an admin publishes',
    role: 'admin',
    from: 'approved',
    data: { _status: 'published' },
    to: 'published',
  },
]

const REFUSED: Array<Move & { status: number; message: RegExp }> = [
  {
    label: 'a writer cannot approve their own story',
    role: 'writer',
    from: 'draft',
    data: { workflowStage: 'approved' },
    draft: true,
    status: 403,
    message: /Only an editor/,
  },
  {
    label: 'a writer cannot publish',
    role: 'writer',
    from: 'draft',
    data: { _status: 'published' },
    status: 403,
    message: /Only an editor/,
  },
  {
    label: 'a writer cannot schedule',
    role: 'writer',
    from: 'draft',
    data: { workflowStage: 'scheduled', publishAt: 'IN_AN_HOUR' },
    draft: true,
    status: 403,
    message: /Only an editor/,
  },
  {
    label: 'a writer cannot move a story they did not file',
    role: 'otherWriter',
    from: 'draft',
    data: { workflowStage: 'in_review' },
    draft: true,
    status: 403,
    message: /not allowed|writers-own-drafts/,
  },
  {
    label: 'a writer cannot edit their story once it is in review',
    role: 'writer',
    from: 'in_review',
    data: { standfirst: 'Sneaky.' },
    draft: true,
    status: 403,
    message: /not allowed|writers-own-drafts/,
  },
  {
    label: 'a writer cannot approve a story in review',
    role: 'writer',
    from: 'in_review',
    data: { workflowStage: 'approved' },
    draft: true,
    status: 403,
    message: /not allowed|writers-own-drafts/,
  },
  {
    label: 'a writer cannot unpublish',
    role: 'writer',
    from: 'published',
    data: { _status: 'draft' },
    status: 403,
    message: /not allowed|writers-own-drafts/,
  },
  {
    label: 'a writer cannot edit an approved story',
    role: 'writer',
    from: 'approved',
    data: { headline: 'Changed' },
    draft: true,
    status: 403,
    message: /not allowed|writers-own-drafts/,
  },
  {
    label: 'an editor cannot publish a draft nobody reviewed',
    role: 'editor',
    from: 'draft',
    data: { _status: 'published' },
    status: 400,
    message: /cannot go from Draft to Published.*illegal-transition/,
  },
  {
    label: 'an editor cannot approve a draft that was not submitted',
    role: 'editor',
    from: 'draft',
    data: { workflowStage: 'approved' },
    draft: true,
    status: 400,
    message: /cannot go from Draft to Approved/,
  },
  {
    label: 'an editor cannot publish a story still in review',
    role: 'editor',
    from: 'in_review',
    data: { _status: 'published' },
    status: 400,
    message: /cannot go from In review to Published/,
  },
  {
    label: 'an editor cannot approve a story sent back',
    role: 'editor',
    from: 'changes_requested',
    data: { workflowStage: 'approved' },
    draft: true,
    status: 400,
    message: /cannot go from Changes requested to Approved/,
  },
  {
    label: 'an editor cannot send a story back without a note',
    role: 'editor',
    from: 'in_review',
    data: { workflowStage: 'changes_requested' },
    draft: true,
    status: 400,
    message: /invalid: .*Note/,
  },
  {
    label: 'an editor cannot schedule without a time',
    role: 'editor',
    from: 'approved',
    data: { workflowStage: 'scheduled' },
    draft: true,
    status: 400,
    message: /invalid: Publish at/,
  },
  {
    label: 'an editor cannot schedule in the past',
    role: 'editor',
    from: 'approved',
    data: { workflowStage: 'scheduled', publishAt: '2011-12-08T10:00:00.000Z' },
    draft: true,
    status: 400,
    message: /invalid: Publish at/,
  },
  {
    label: 'a write without draft cannot drop a live story back to review (Payload #13267)',
    role: 'editor',
    from: 'published',
    data: { workflowStage: 'in_review' },
    status: 400,
    message: /live-story-stays-up/,
  },
  {
    label: 'unpublishing is not a draft save',
    role: 'editor',
    from: 'published',
    data: { workflowStage: 'unpublished' },
    draft: true,
    status: 400,
    message: /unpublish-is-not-a-draft/,
  },
  {
    label: 'publishing with another stage is a contradiction',
    role: 'editor',
    from: 'approved',
    data: { _status: 'published', workflowStage: 'scheduled' },
    status: 400,
    message: /stage-status-conflict/,
  },
]

const withTimes = (data: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, value === 'IN_AN_HOUR' ? inAnHour() : value]),
  )

describeWithDatabase('workflow transitions, by role, through every API', () => {
  let server: TestServer
  let newsroom: Newsroom

  beforeAll(async () => {
    server = await startTestServer()
    newsroom = await openNewsroom(server.payload, server.http)
  })
  afterAll(async () => server?.stop())

  const context = () => ({ payload: server.payload, http: server.http, newsroom })

  describe.each(APIS)('%s', (api) => {
    test.each(ALLOWED)('$label', async ({ role, from, data, draft, to, owner }) => {
      const story = await storyAt(server.payload, newsroom, from, { owner })
      const result = await updateAs(context(), api, role, story.id, withTimes(data), { draft })
      expect(result.status, result.message).toBe(200)

      const saved = await latest(server.payload, story.id)
      expect(saved.workflowStage).toBe(to)
      expect(saved._status).toBe(to === 'published' ? 'published' : 'draft')
      const live = await server.payload.findByID({ collection: 'articles', id: story.id, depth: 0 })
      const isLive = to === 'published' || (from === 'published' && to === 'draft')
      expect(live._status).toBe(isLive ? 'published' : 'draft')
      // The main document's stage always matches its status.
      expect(live.workflowStage === 'published').toBe(live._status === 'published')
    })

    test.each(REFUSED)('$label', async ({ role, from, data, draft, status, message, owner }) => {
      const story = await storyAt(server.payload, newsroom, from, { owner })
      const before = await latest(server.payload, story.id)
      const result = await updateAs(context(), api, role, story.id, withTimes(data), { draft })
      expect(result.status, result.message).toBe(status)
      expect(result.message).toMatch(message)

      const after = await latest(server.payload, story.id)
      expect(after.workflowStage).toBe(from)
      expect(after.updatedAt).toBe(before.updatedAt)
    })
  })

  test('a new article starts as a draft whatever stage a writer asks for', async () => {
    const response = await server.http
      .post('/api/articles')
      .set({ Authorization: `JWT ${newsroom.tokens.writer}` })
      .send({ headline: 'Straight to print', workflowStage: 'approved' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/new-article-is-draft/)
  })

  test('an editor cannot file a new article as published', async () => {
    const response = await server.http
      .post('/api/articles')
      .set({ Authorization: `JWT ${newsroom.tokens.editor}` })
      .send({ headline: 'Straight to print', _status: 'published' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/new-article-is-draft/)
  })

  test('an unknown stage is refused by name', async () => {
    const story = await storyAt(server.payload, newsroom, 'draft')
    const result = await updateAs(
      context(),
      'REST',
      'writer',
      story.id,
      { workflowStage: 'printed' },
      { draft: true },
    )
    expect(result.status).toBe(400)
  })

  test('a copy of a published, corrected story is a new draft owned by whoever copied it', async () => {
    const original = await storyAt(server.payload, newsroom, 'published', { owner: 'otherWriter' })
    await server.payload.update({
      collection: 'articles',
      id: original.id,
      data: { corrections: [{ text: 'Fixed a name.', date: '2011-12-09T10:00:00.000Z' }] },
    })
    const response = await server.http
      .post(`/api/articles/${original.id}/duplicate`)
      .set(authHeader(newsroom.tokens.writer))
      .send({})
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const copy = await latest(server.payload, response.body.doc.id)
    expect(copy).toMatchObject({
      workflowStage: 'draft',
      _status: 'draft',
      corrections: [],
      publishedAt: null,
      workflowNote: null,
    })
    expect(copy.createdBy).toBe(newsroom.staff.writer.id)
  })

  test('the filing writer is recorded and cannot be changed by anyone through the API', async () => {
    const story = await storyAt(server.payload, newsroom, 'draft')
    expect(story.createdBy).toMatchObject({ id: newsroom.staff.writer.id })
    const result = await updateAs(
      context(),
      'REST',
      'editor',
      story.id,
      { createdBy: newsroom.staff.editor.id },
      { draft: true },
    )
    expect(result.status).toBe(200)
    const saved = await latest(server.payload, story.id)
    expect(saved.createdBy).toBe(newsroom.staff.writer.id)
  })
})
