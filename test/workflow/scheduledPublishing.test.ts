import { getPayload } from 'payload'
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  onTestFinished,
  test,
} from 'vitest'

import { WORKFLOW_QUEUE } from '../../src/workflow/carryOutSchedule'
import { movableClock } from '../support/clock'
import type { MovableClock } from '../support/clock'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { APIS, latest, openNewsroom, storyAt, updateAs } from './newsroom'
import type { Newsroom } from './newsroom'

/**
 * The tests hold the clock (test/support/clock.ts): a schedule an hour out comes due when a test
 * moves the clock past it, not after seconds of sleep that a busy machine stretches. The server
 * runs in this process and reads the same clock: the workflow's schedule check, the job queue's
 * "due" query and the scheduler's own check all see the moved time.
 */
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()
let clock: MovableClock
const moveClockPast = (moment: string) => clock.movePast(moment)

describeWithDatabase('scheduled publishing and embargoes', () => {
  let server: TestServer
  let newsroom: Newsroom

  beforeAll(async () => {
    server = await startTestServer()
    newsroom = await openNewsroom(server.payload, server.http)
  })
  afterAll(async () => server?.stop())

  beforeEach(() => {
    clock = movableClock()
  })
  afterEach(() => {
    clock.restore()
  })

  const context = () => ({ payload: server.payload, http: server.http, newsroom })
  const runJobs = () => server.payload.jobs.run({ queue: WORKFLOW_QUEUE })
  const isLive = async (id: number) => (await server.http.get(`/api/articles/${id}`)).status === 200
  /** Whether a reader sees the story, asked by id and in the list, which must agree. */
  const readerSees = async (id: number) => {
    const live = await isLive(id)
    const list = await server.http.get(`/api/articles?where[id][equals]=${id}&draft=true`)
    expect(list.body.totalDocs).toBe(live ? 1 : 0)
    return live
  }

  describe.each(APIS)('%s', (api) => {
    test('a story scheduled an hour out is invisible until its time, then published by the job runner', async () => {
      const story = await storyAt(server.payload, newsroom, 'approved')
      const publishAt = minutesFromNow(60)
      const scheduled = await updateAs(
        context(),
        api,
        'editor',
        story.id,
        { workflowStage: 'scheduled', publishAt },
        { draft: true },
      )
      expect(scheduled.status, scheduled.message).toBe(200)

      await runJobs()
      expect(await readerSees(story.id)).toBe(false)
      expect((await latest(server.payload, story.id)).workflowStage).toBe('scheduled')

      moveClockPast(publishAt)
      expect(await readerSees(story.id)).toBe(false)
      await runJobs()
      expect(await readerSees(story.id)).toBe(true)
      const live = await latest(server.payload, story.id)
      expect(live).toMatchObject({ workflowStage: 'published', _status: 'published' })

      const { docs } = await server.payload.find({
        collection: 'editorial-log',
        where: { article: { equals: story.id }, toStage: { equals: 'published' } },
      })
      expect(docs).toEqual([
        expect.objectContaining({
          fromStage: 'scheduled',
          actor: null,
          actorName: 'Scheduled publishing',
        }),
      ])
    })
  })

  test('a live story is taken down at its take-down time', async () => {
    const story = await storyAt(server.payload, newsroom, 'published')
    const unpublishAt = minutesFromNow(60)
    const result = await updateAs(context(), 'REST', 'editor', story.id, { unpublishAt })
    expect(result.status, result.message).toBe(200)
    await runJobs()
    expect(await readerSees(story.id)).toBe(true)
    moveClockPast(unpublishAt)
    await runJobs()
    expect(await readerSees(story.id)).toBe(false)
    expect(await latest(server.payload, story.id)).toMatchObject({
      workflowStage: 'unpublished',
      _status: 'draft',
    })
  })

  test('a cancelled schedule publishes nothing', async () => {
    const story = await storyAt(server.payload, newsroom, 'approved')
    const publishAt = minutesFromNow(60)
    await updateAs(
      context(),
      'REST',
      'editor',
      story.id,
      { workflowStage: 'scheduled', publishAt },
      { draft: true },
    )
    await updateAs(
      context(),
      'REST',
      'editor',
      story.id,
      { workflowStage: 'approved' },
      { draft: true },
    )
    moveClockPast(publishAt)
    await runJobs()
    expect(await readerSees(story.id)).toBe(false)
    expect((await latest(server.payload, story.id)).workflowStage).toBe('approved')
  })

  test('writers cannot set a schedule, and only admins may run the job queue by hand', async () => {
    const story = await storyAt(server.payload, newsroom, 'draft')
    await updateAs(
      context(),
      'REST',
      'writer',
      story.id,
      { publishAt: minutesFromNow(60) },
      { draft: true },
    )
    expect((await latest(server.payload, story.id)).publishAt ?? null).toBeNull()
    for (const role of ['writer', 'editor'] as const) {
      const response = await server.http
        .get('/api/payload-jobs/run')
        .set({ Authorization: `JWT ${newsroom.tokens[role]}` })
      expect(response.status).toBe(401)
    }
  })

  test('with the runner started as the server starts it, a scheduled story appears on its own', async () => {
    // The same as createServer({ runJobs: true }) with JOBS=run (the suite runs with JOBS=off):
    // start the cron on this process's Payload and let its ticks run the queue.
    const previous = process.env.JOBS
    process.env.JOBS = 'run'
    onTestFinished(() => {
      process.env.JOBS = previous
    })
    await getPayload({ config: server.payload.config, cron: true })
    const story = await storyAt(server.payload, newsroom, 'approved')
    // An hour out: however busy the machine, the ticks before the jump find it not yet due.
    const publishAt = minutesFromNow(60)
    await updateAs(
      context(),
      'REST',
      'editor',
      story.id,
      { workflowStage: 'scheduled', publishAt },
      { draft: true },
    )
    expect(await readerSees(story.id)).toBe(false)
    // The cron ticks in real time (every five seconds); only the clock it reads is moved. The
    // wait asks the story alone, then the list and the story are compared once it is live.
    moveClockPast(publishAt)
    const deadline = performance.now() + 20_000
    while (!(await isLive(story.id)) && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(await readerSees(story.id)).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(publishAt))
  })
})
