import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { richTextFromParagraphs } from '../../src/domain/richText'
import type { Article } from '../../src/payload-types'
import { authHeader, graphql } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { APIS, latest, openNewsroom, readyStory, storyAt, updateAs } from './newsroom'
import type { Newsroom } from './newsroom'

describeWithDatabase(
  'content gates, the editorial log, corrections, stale writes and restores',
  () => {
    let server: TestServer
    let newsroom: Newsroom

    beforeAll(async () => {
      server = await startTestServer()
      newsroom = await openNewsroom(server.payload, server.http)
    })
    afterAll(async () => server?.stop())

    const context = () => ({ payload: server.payload, http: server.http, newsroom })
    const isLive = async (id: number) =>
      (await server.payload.findByID({ collection: 'articles', id, depth: 0 }))._status ===
      'published'

    describe('content gates before publish or schedule', () => {
      const GATES: Array<[label: string, change: () => Record<string, unknown>, path: string]> = [
        ['a headline (and so a slug)', () => ({ headline: ' ' }), 'headline,slug'],
        ['a slug', () => ({ headline: '!!!' }), 'slug'],
        ['a section', () => ({ section: null }), 'section'],
        ['a non-empty body', () => ({ body: richTextFromParagraphs(['']) }), 'body'],
        [
          'alt text on the lead image',
          () => ({ leadImage: newsroom.registry.uncreditedImage }),
          'leadImage',
        ],
        [
          'at least one tag, person or organisation',
          () => ({ tags: [], people: [], organizations: [] }),
          'tags',
        ],
      ]
      // The uncredited image has alt text but no credit: the same gate, the other half.
      GATES[4] = ['a credit on the lead image', GATES[4]![1], 'leadImage']

      describe.each(APIS)('%s', (api) => {
        test.each(GATES)(
          'publishing needs %s, and nothing goes out without it',
          async (_label, change, path) => {
            const story = await storyAt(server.payload, newsroom, 'approved', { data: change() })
            const result = await updateAs(context(), api, 'editor', story.id, {
              _status: 'published',
            })
            expect(result.status, result.message).toBe(400)
            expect(result.message).toMatch(/invalid/)
            expect(await isLive(story.id)).toBe(false)
            expect((await latest(server.payload, story.id)).workflowStage).toBe('approved')
            if (api === 'REST') {
              const response = await server.http
                .patch(`/api/articles/${story.id}`)
                .set(authHeader(newsroom.tokens.editor))
                .send({ _status: 'published' })
              expect(
                response.body.errors[0].data.errors.map((e: { path: string }) => e.path).join(','),
              ).toBe(path)
            }
          },
        )

        test('scheduling is held to the same gates', async () => {
          const story = await storyAt(server.payload, newsroom, 'approved', {
            data: { tags: [], people: [] },
          })
          const result = await updateAs(
            context(),
            api,
            'editor',
            story.id,
            { workflowStage: 'scheduled', publishAt: new Date(Date.now() + 60_000).toISOString() },
            { draft: true },
          )
          expect(result.status).toBe(400)
          expect((await latest(server.payload, story.id)).workflowStage).toBe('approved')
        })
      })

      test('the seed contract: a system publish of a complete story is published, stage and status alike', async () => {
        const story = await server.payload.create({
          collection: 'articles',
          data: { ...readyStory(newsroom.registry), _status: 'published' },
          overrideAccess: true,
        })
        expect(story._status).toBe('published')
        expect(story.workflowStage).toBe('published')
      })

      test('the seed contract: a system publish that fails a gate is a ValidationError naming the field', async () => {
        const error = await server.payload
          .create({
            collection: 'articles',
            data: {
              ...readyStory(newsroom.registry),
              leadImage: newsroom.registry.uncreditedImage,
              _status: 'published',
            },
            overrideAccess: true,
          })
          .catch((caught: unknown) => caught)
        expect(error).toMatchObject({
          name: 'ValidationError',
          data: { errors: [{ path: 'leadImage' }] },
        })
        const { totalDocs } = await server.payload.count({
          collection: 'articles',
          where: {
            _status: { equals: 'published' },
            leadImage: { equals: newsroom.registry.uncreditedImage },
          },
        })
        expect(totalDocs).toBe(0)
      })
    })

    describe('the editorial log', () => {
      test('records every stage change with who, when, from, to and the note', async () => {
        const story = await storyAt(server.payload, newsroom, 'draft')
        await updateAs(
          context(),
          'REST',
          'writer',
          story.id,
          { workflowStage: 'in_review' },
          { draft: true },
        )
        await updateAs(
          context(),
          'GraphQL',
          'editor',
          story.id,
          { workflowStage: 'changes_requested', workflowNote: 'Needs a second source' },
          { draft: true },
        )
        await updateAs(
          context(),
          'Local API',
          'writer',
          story.id,
          { workflowStage: 'in_review' },
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
        await updateAs(context(), 'REST', 'editor', story.id, { _status: 'published' })

        const response = await server.http
          .get(`/api/editorial-log?where[article][equals]=${story.id}&sort=createdAt&depth=0`)
          .set(authHeader(newsroom.tokens.writer))
          .expect(200)
        expect(
          response.body.docs.map((entry: Record<string, unknown>) => [
            entry.fromStage ?? null,
            entry.toStage,
            entry.actor,
            entry.note ?? null,
          ]),
        ).toEqual([
          [null, 'draft', newsroom.staff.writer.id, null],
          ['draft', 'in_review', newsroom.staff.writer.id, null],
          ['in_review', 'changes_requested', newsroom.staff.editor.id, 'Needs a second source'],
          ['changes_requested', 'in_review', newsroom.staff.writer.id, null],
          ['in_review', 'approved', newsroom.staff.editor.id, null],
          ['approved', 'published', newsroom.staff.editor.id, null],
        ])
        for (const entry of response.body.docs) expect(Date.parse(entry.createdAt)).not.toBeNaN()
      })

      test('a refused move leaves no entry', async () => {
        const story = await storyAt(server.payload, newsroom, 'draft')
        await updateAs(context(), 'REST', 'writer', story.id, { _status: 'published' })
        const { totalDocs } = await server.payload.count({
          collection: 'editorial-log',
          where: { article: { equals: story.id } },
        })
        expect(totalDocs).toBe(1)
      })

      const WRITES: Array<
        [
          label: string,
          request: (id: number) => { method: 'post' | 'patch' | 'delete'; path: string },
        ]
      > = [
        ['create an entry', () => ({ method: 'post', path: '/api/editorial-log' })],
        ['edit an entry', (id) => ({ method: 'patch', path: `/api/editorial-log/${id}` })],
        ['delete an entry', (id) => ({ method: 'delete', path: `/api/editorial-log/${id}` })],
        [
          'edit entries in bulk',
          () => ({ method: 'patch', path: '/api/editorial-log?where[id][exists]=true' }),
        ],
        [
          'delete entries in bulk',
          () => ({ method: 'delete', path: '/api/editorial-log?where[id][exists]=true' }),
        ],
      ]

      test.each(WRITES)(
        'nobody, not even an admin, can %s through REST',
        async (_label, request) => {
          const { docs } = await server.payload.find({ collection: 'editorial-log', limit: 1 })
          const entry = docs[0]!
          for (const role of ['admin', 'editor', 'writer'] as const) {
            const { method, path } = request(entry.id)
            const response = await server.http[method](path)
              .set(authHeader(newsroom.tokens[role]))
              .send({
                note: 'Rewritten history',
                toStage: 'published',
                action: 'stage_change',
                article: entry.article,
              })
            expect([403, 200]).toContain(response.status)
            if (response.status === 200) expect(response.body.docs ?? []).toEqual([])
          }
          const after = await server.payload.findByID({ collection: 'editorial-log', id: entry.id })
          expect(after).toEqual(entry)
        },
      )

      test.each([
        [
          'create',
          'mutation { createEditorialLog(data: { action: stage_change, toStage: published, article: 1 }) { id } }',
        ],
        ['update', 'mutation { updateEditorialLog(id: ID, data: { note: "Rewritten" }) { id } }'],
        ['delete', 'mutation { deleteEditorialLog(id: ID) { id } }'],
      ])('nobody can %s an entry through GraphQL', async (_label, mutation) => {
        const { docs } = await server.payload.find({ collection: 'editorial-log', limit: 1 })
        const entry = docs[0]!
        const result = await graphql(
          server.http,
          mutation.replace('ID', String(entry.id)),
          {},
          newsroom.tokens.admin,
        )
        expect(result.errors?.[0]?.message).toMatch(/not allowed/)
        expect(
          await server.payload.findByID({ collection: 'editorial-log', id: entry.id }),
        ).toEqual(entry)
      })

      test('nobody can write it through the Local API with access enforced', async () => {
        const { docs } = await server.payload.find({ collection: 'editorial-log', limit: 1 })
        await expect(
          server.payload.update({
            collection: 'editorial-log',
            id: docs[0]!.id,
            data: { note: 'x' },
            overrideAccess: false,
            user: newsroom.staff.admin,
          }),
        ).rejects.toMatchObject({ status: 403 })
        await expect(
          server.payload.delete({
            collection: 'editorial-log',
            id: docs[0]!.id,
            overrideAccess: false,
            user: newsroom.staff.admin,
          }),
        ).rejects.toMatchObject({ status: 403 })
      })

      test('readers cannot read it', async () => {
        const response = await server.http.get('/api/editorial-log')
        expect(response.status).toBe(403)
      })
    })

    describe('corrections', () => {
      test('an editor adds a correction after publication: it is public and in the log', async () => {
        const story = await storyAt(server.payload, newsroom, 'published')
        const correction = {
          text: 'An earlier version misspelt Lavrov.',
          date: '2011-12-09T10:00:00.000Z',
        }
        const result = await updateAs(context(), 'REST', 'editor', story.id, {
          corrections: [correction],
        })
        expect(result.status, result.message).toBe(200)

        const read = await server.http.get(`/api/articles/${story.id}`).expect(200)
        expect(read.body.corrections).toEqual([expect.objectContaining(correction)])
        const { docs } = await server.payload.find({
          collection: 'editorial-log',
          where: { article: { equals: story.id }, action: { equals: 'correction' } },
        })
        expect(docs.map((entry) => entry.note)).toEqual([correction.text])
      })

      test('a correction cannot be edited or removed', async () => {
        const story = await storyAt(server.payload, newsroom, 'published')
        const corrected = await server.payload.update({
          collection: 'articles',
          id: story.id,
          data: {
            corrections: [
              { text: 'The meeting was on 8 December.', date: '2011-12-10T00:00:00.000Z' },
            ],
          },
        })
        for (const corrections of [
          [],
          [{ ...corrected.corrections![0]!, text: 'Nothing happened.' }],
        ]) {
          const result = await updateAs(context(), 'GraphQL', 'editor', story.id, { corrections })
          expect(result.status).toBe(400)
          expect(result.message).toMatch(/invalid/)
        }
      })

      test('a story that was never published takes no correction', async () => {
        const story = await storyAt(server.payload, newsroom, 'approved')
        const result = await updateAs(
          context(),
          'Local API',
          'editor',
          story.id,
          {
            corrections: [{ text: 'Too early.', date: '2011-12-10T00:00:00.000Z' }],
          },
          { draft: true },
        )
        expect(result.status).toBe(400)
      })

      test('a writer cannot add one', async () => {
        const story = await storyAt(server.payload, newsroom, 'draft')
        await updateAs(
          context(),
          'REST',
          'writer',
          story.id,
          { corrections: [{ text: 'Mine.', date: '2011-12-10T00:00:00.000Z' }] },
          { draft: true },
        )
        expect((await latest(server.payload, story.id)).corrections).toEqual([])
      })
    })

    describe('stale writes', () => {
      test.each(APIS)(
        '%s: a write based on an older version is refused with 409 and changes nothing',
        async (api) => {
          const story = await storyAt(server.payload, newsroom, 'draft')
          const read = await latest(server.payload, story.id)
          const first = await updateAs(
            context(),
            api,
            'writer',
            story.id,
            { standfirst: 'First edit' },
            { draft: true, ifMatch: `"${read.updatedAt}"` },
          )
          expect(first.status, first.message).toBe(200)

          const second = await updateAs(
            context(),
            api,
            'editor',
            story.id,
            { standfirst: 'Second edit' },
            { draft: true, ifMatch: `"${read.updatedAt}"` },
          )
          expect(second.status).toBe(409)
          expect(second.message).toMatch(/changed since you read it.*stale-write/)
          expect((await latest(server.payload, story.id)).standfirst).toBe('First edit')
        },
      )

      test('the version read through REST is the one a write must name', async () => {
        const story = await storyAt(server.payload, newsroom, 'draft')
        const read = await server.http
          .get(`/api/articles/${story.id}?draft=true`)
          .set(authHeader(newsroom.tokens.writer))
        const write = await server.http
          .patch(`/api/articles/${story.id}?draft=true`)
          .set(authHeader(newsroom.tokens.writer))
          .set('If-Match', `"${read.body.updatedAt}"`)
          .send({ standfirst: 'Based on what I read' })
        expect(write.status, JSON.stringify(write.body)).toBe(200)
        const again = await server.http
          .patch(`/api/articles/${story.id}?draft=true`)
          .set(authHeader(newsroom.tokens.writer))
          .set('If-Match', `"${read.body.updatedAt}"`)
          .send({ standfirst: 'Based on an old read' })
        expect(again.status).toBe(409)
        const fresh = await server.http
          .patch(`/api/articles/${story.id}?draft=true`)
          .set(authHeader(newsroom.tokens.writer))
          .set('If-Match', `"${write.body.doc.updatedAt}"`)
          .send({ standfirst: 'Based on the latest' })
        expect(fresh.status).toBe(200)
      })

      test('a write without a version is accepted, as the admin autosave sends it', async () => {
        const story = await storyAt(server.payload, newsroom, 'draft')
        const result = await updateAs(
          context(),
          'REST',
          'writer',
          story.id,
          { standfirst: 'Autosaved' },
          { draft: true },
        )
        expect(result.status).toBe(200)
      })
    })

    describe('versions', () => {
      const restore = (id: string | number, token: string) =>
        server.http.post(`/api/articles/versions/${id}?draft=true`).set(authHeader(token))

      test('an editor restores an older version; its words come back, the stage stays', async () => {
        const story = await storyAt(server.payload, newsroom, 'draft', {
          data: { standfirst: 'Original' },
        })
        await server.payload.update({
          collection: 'articles',
          id: story.id,
          data: { standfirst: 'Rewritten' },
          draft: true,
        })
        const { docs } = await server.payload.findVersions({
          collection: 'articles',
          where: { parent: { equals: story.id }, 'version.standfirst': { equals: 'Original' } },
        })
        const response = await restore(docs[0]!.id, newsroom.tokens.editor)
        expect(response.status, JSON.stringify(response.body)).toBe(200)
        const saved = await latest(server.payload, story.id)
        expect(saved.standfirst).toBe('Original')
        expect(saved.workflowStage).toBe('draft')
      })

      test.each(['REST', 'GraphQL'] as const)(
        'a writer cannot restore a version, even of their own draft (%s)',
        async (api) => {
          const story = await storyAt(server.payload, newsroom, 'draft', {
            data: { standfirst: 'Original' },
          })
          await server.payload.update({
            collection: 'articles',
            id: story.id,
            data: { standfirst: 'Rewritten' },
            draft: true,
          })
          const { docs } = await server.payload.findVersions({
            collection: 'articles',
            where: { parent: { equals: story.id } },
            sort: 'createdAt',
          })
          if (api === 'REST') {
            const response = await restore(docs[0]!.id, newsroom.tokens.writer)
            expect(response.status).toBe(403)
          } else {
            const result = await graphql(
              server.http,
              `mutation { restoreVersionArticle(id: ${docs[0]!.id}, draft: true) { id } }`,
              {},
              newsroom.tokens.writer,
            )
            expect(result.errors?.[0]?.message).toMatch(/Only an editor can restore/)
          }
          expect((await latest(server.payload, story.id)).standfirst).toBe('Rewritten')
        },
      )

      test('staff read version history; a restore of a published version onto a live story keeps it live', async () => {
        const story = await storyAt(server.payload, newsroom, 'published', {
          data: { standfirst: 'As published' },
        })
        await server.payload.update({
          collection: 'articles',
          id: story.id,
          data: { standfirst: 'Fixed' },
        })
        const history = await server.http
          .get(`/api/articles/versions?where[parent][equals]=${story.id}&sort=createdAt`)
          .set(authHeader(newsroom.tokens.writer))
          .expect(200)
        const first = history.body.docs.find(
          (v: { version: Article }) =>
            v.version.standfirst === 'As published' && v.version._status === 'published',
        )
        const response = await server.http
          .post(`/api/articles/versions/${first.id}`)
          .set(authHeader(newsroom.tokens.editor))
        expect(response.status, JSON.stringify(response.body)).toBe(200)
        const live = await server.http.get(`/api/articles/${story.id}`).expect(200)
        expect(live.body).toMatchObject({
          standfirst: 'As published',
          _status: 'published',
          workflowStage: 'published',
        })
      })
    })
  },
)
