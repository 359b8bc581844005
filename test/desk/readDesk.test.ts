import { createLocalReq } from 'payload'
import { parse } from 'qs-esm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { readDesk } from '../../src/desk/readDesk'
import type { Desk } from '../../src/desk/readDesk'
import type { Article, User } from '../../src/payload-types'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { openNewsroom, storyAt } from '../workflow/newsroom'
import type { Newsroom } from '../workflow/newsroom'

describeWithDatabase('the desk’s dashboard queues', () => {
  let server: TestServer
  let newsroom: Newsroom
  const stories: Record<string, Article> = {}

  const deskOf = async (user: User): Promise<Desk> =>
    readDesk(await createLocalReq({ user: { ...user, collection: 'users' } }, server.payload))

  const panel = (desk: Desk, key: string) => desk.panels.find((each) => each.key === key)
  const headlines = (desk: Desk, key: string) =>
    panel(desk, key)?.stories.map((story) => story.headline)

  beforeAll(async () => {
    server = await startTestServer()
    newsroom = await openNewsroom(server.payload, server.http)
    const at = async (
      name: string,
      stage: NonNullable<Article['workflowStage']>,
      owner: 'writer' | 'otherWriter' | 'editor' = 'writer',
      data: Record<string, unknown> = {},
    ) => {
      stories[name] = await storyAt(server.payload, newsroom, stage, {
        owner,
        data: { headline: name, ...data },
      })
    }
    // Filed in this order; the review queue reads when each was sent, oldest first.
    await at('Review sent first', 'in_review', 'otherWriter')
    await at('Review sent second', 'in_review')
    await at('Sent back to the writer', 'changes_requested')
    await at('Sent back to the other writer', 'changes_requested', 'otherWriter')
    await at('Goes out in two hours', 'scheduled', 'writer', {
      publishAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
    })
    await at('The writer’s draft', 'draft')
    await at('The other writer’s draft', 'draft', 'otherWriter')
    await at('Out already', 'published')
    // Editing a story in review does not move it up the queue.
    await server.payload.update({
      collection: 'articles',
      id: stories['Review sent first']!.id,
      data: { standfirst: 'Tightened by the editor.' },
      draft: true,
    })
    await server.payload.update({
      collection: 'people',
      id: newsroom.registry.person,
      data: { needsReview: true },
    })
  })
  afterAll(async () => server?.stop())

  describe('an editor', () => {
    let desk: Desk
    beforeAll(async () => {
      desk = await deskOf(newsroom.staff.editor)
    })

    test('sees every queue, import review included', () => {
      expect(desk.panels.map((each) => each.key)).toEqual([
        'inReview',
        'changesRequested',
        'scheduled',
        'myDrafts',
        'recentlyPublished',
      ])
      expect(desk.importReview?.map((row) => row.collection)).toEqual([
        'articles',
        'people',
        'organizations',
        'tags',
      ])
    })

    test('in review: the longest waiting first, with who sent it', () => {
      expect(headlines(desk, 'inReview')).toEqual(['Review sent first', 'Review sent second'])
      expect(panel(desk, 'inReview')?.count).toBe(2)
    })

    test('scheduled next carries its time', () => {
      const [story] = panel(desk, 'scheduled')!.stories
      expect(story?.headline).toBe('Goes out in two hours')
      expect(Date.parse(story!.publishAt!)).toBeGreaterThan(Date.now())
    })

    test('recently published lists what is live', () => {
      expect(headlines(desk, 'recentlyPublished')).toContain('Out already')
      expect(headlines(desk, 'recentlyPublished')).not.toContain('Review sent first')
    })

    test('import review counts what is marked, and links into the filtered list', () => {
      const people = desk.importReview!.find((row) => row.collection === 'people')!
      expect(people.count).toBe(1)
      expect(parse(people.href.split('?')[1]!)).toEqual({
        where: { needsReview: { equals: 'true' } },
      })
      expect(desk.importReview!.find((row) => row.collection === 'tags')!.count).toBe(0)
    })

    test('each panel links into the list view with its filter and order', () => {
      const review = panel(desk, 'inReview')!
      expect(review.href).toBe(
        '/admin/collections/articles?where%5BworkflowStage%5D%5Bequals%5D=in_review&sort=updatedAt',
      )
      expect(review.stories[0]!.href).toBe(
        `/admin/collections/articles/${stories['Review sent first']!.id}`,
      )
    })
  })

  describe('a writer', () => {
    let desk: Desk
    beforeAll(async () => {
      desk = await deskOf(newsroom.staff.writer)
    })

    test('sees what a writer can act on, and what went out', () => {
      expect(desk.panels.map((each) => each.key)).toEqual([
        'changesRequested',
        'myDrafts',
        'recentlyPublished',
      ])
      expect(desk.importReview?.map((row) => row.collection)).toEqual([
        'people',
        'organizations',
        'tags',
      ])
    })

    test('only their own stories sent back, with the editor’s note', () => {
      expect(headlines(desk, 'changesRequested')).toEqual(['Sent back to the writer'])
      expect(panel(desk, 'changesRequested')!.stories[0]!.lastMove?.note).toBe('Set up by the test')
    })

    test('only their own drafts', () => {
      expect(headlines(desk, 'myDrafts')).toEqual(['The writer’s draft'])
      expect(panel(desk, 'myDrafts')!.count).toBe(1)
    })
  })

  test('someone without a newsroom role gets an empty desk', async () => {
    const desk = await readDesk(await createLocalReq({}, server.payload))
    expect(desk).toEqual({ panels: [], importReview: null })
  })
})
