import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { inTransaction } from '../../src/database/transaction'
import { richTextFromParagraphs } from '../../src/domain/richText'
import type { Article } from '../../src/payload-types'
import { rebuildSearchIndex } from '../../src/search/rebuild'
import { searchIndexOf } from '../../src/search/searchIndex'
import { authHeader, graphql } from '../support/api'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { openNewsroom, storyAt } from '../workflow/newsroom'
import type { Newsroom } from '../workflow/newsroom'

interface Hit {
  id: number | string
  headline: string
  _status: string
  score: number
  passage: { field: string; html: string; text: string } | null
}

describeWithDatabase('full-text search', () => {
  let server: TestServer
  let newsroom: Newsroom
  let shield: Article
  let revised: Article
  let slugs: { section: string; tag: string; person: string }

  const body = (...paragraphs: string[]) =>
    richTextFromParagraphs(paragraphs) as unknown as Article['body']

  /** A story readers see, with `data` over the ready-made one. */
  const live = async ({ publishedAt, ...data }: Record<string, unknown>): Promise<Article> => {
    const story = await storyAt(server.payload, newsroom, 'published', {
      data: { organizations: [newsroom.registry.organization], ...data },
    })
    // Writers cannot set the publication time; the desk can.
    if (!publishedAt) return story
    return server.payload.update({
      collection: 'articles',
      id: story.id,
      data: { publishedAt: String(publishedAt) },
    })
  }

  const search = async (query: Record<string, string>, token?: string) => {
    const response = await server.http.get('/api/search').query(query).set(authHeader(token))
    return response
  }
  const found = async (q: string, token?: string, extra: Record<string, string> = {}) => {
    const response = await search({ q, ...extra }, token)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    return response.body.docs as Hit[]
  }
  const headlines = async (q: string, token?: string, extra: Record<string, string> = {}) =>
    (await found(q, token, extra)).map((hit) => hit.headline)

  beforeAll(async () => {
    server = await startTestServer()
    newsroom = await openNewsroom(server.payload, server.http)
    const { payload } = server
    const { registry } = newsroom
    await payload.update({
      collection: 'people',
      id: registry.person,
      data: { aliases: ['Sergei Lavrov'] },
    })
    const slugOf = async (collection: 'people' | 'sections' | 'tags', id: number) =>
      (await payload.findByID({ collection, id, depth: 0 })).slug!
    slugs = {
      section: await slugOf('sections', registry.section),
      tag: await slugOf('tags', registry.tag),
      person: await slugOf('people', registry.person),
    }
    shield = await live({
      headline: 'Ministers argue over the missile shield',
      standfirst: 'No headway in Brussels.',
      body: body(
        'NATO Foreign Ministers have failed to make headway with Russia over the planned shield.',
        'Talks went on late into the night.',
      ),
      quotes: [{ text: 'We want guarantees, not promises,', speaker: registry.person }],
      publishedAt: '2011-12-08T10:00:00.000Z',
    })
    await live({
      headline: 'Pipeline talks resume',
      body: body('Officials met to discuss the shield in passing.'),
      people: [],
      tags: [],
      publishedAt: '2011-12-20T10:00:00.000Z',
    })
    revised = await live({
      headline: 'Summit in Geneva',
      body: body('Delegates gathered in Geneva.'),
      people: [],
    })
    // A newer draft of a live story: its words are staff's only.
    await payload.update({
      collection: 'articles',
      id: revised.id,
      data: { headline: 'Summit in Geneva collapses', body: body('REVISIONWORD delegates left.') },
      draft: true,
    })
    await storyAt(payload, newsroom, 'in_review', {
      data: { headline: 'Secret plans', body: body('DRAFTWORD only staff may find.') },
    })
    await storyAt(payload, newsroom, 'unpublished', {
      data: { headline: 'Taken down', body: body('TAKENDOWN words readers saw once.') },
    })
  })
  afterAll(async () => server?.stop())

  describe('readers', () => {
    test('find a story by a word of its body, the passage marking it', async () => {
      const [hit] = await found('headway')
      expect(hit).toMatchObject({ id: shield.id, _status: 'published' })
      expect(hit!.passage).toMatchObject({ field: 'body' })
      expect(hit!.passage!.html).toContain('make <mark>headway</mark> with Russia')
    })

    test('rank a story with the words in its headline above one with them in its body', async () => {
      expect(await headlines('shield')).toEqual([
        'Ministers argue over the missile shield',
        'Pipeline talks resume',
      ])
    })

    test('find quotes and a phrase, folded and stemmed', async () => {
      expect(await headlines('guarantee')).toEqual(['Ministers argue over the missile shield'])
      expect(await headlines('"FOREIGN ministers"')).toEqual([
        'Ministers argue over the missile shield',
      ])
      expect(await headlines('"ministers foreign"')).toEqual([])
    })

    test("find a story by a linked person's name and any alias", async () => {
      for (const name of ['Sergey Lavrov', 'Sergei Lavrov']) {
        expect(await headlines(name)).toContain('Ministers argue over the missile shield')
      }
    })

    test('never find a draft, a newer revision or a story taken down', async () => {
      for (const word of ['DRAFTWORD', 'REVISIONWORD', 'TAKENDOWN', 'collapses']) {
        expect(await found(word), word).toEqual([])
      }
      expect(await headlines('Geneva')).toEqual(['Summit in Geneva'])
    })

    test('are not staff by asking for drafts', async () => {
      const response = await search({ q: 'DRAFTWORD', draft: 'true' })
      expect(response.body.docs).toEqual([])
    })

    test.each([
      ['section', () => ({ section: slugs.section }), 2],
      ['tag', () => ({ tag: slugs.tag }), 1],
      ['person', () => ({ person: slugs.person }), 1],
      ['a day range', () => ({ from: '2011-12-08', to: '2011-12-08' }), 1],
      ['a day range that ends before', () => ({ from: '2011-12-01', to: '2011-12-07' }), 0],
      ['an instant on', () => ({ from: '2011-12-08T10:00:00.001Z' }), 1],
      ['an unknown tag', () => ({ tag: 'no-such-tag' }), 0],
    ])('narrow a search by %s', async (_label, filters, count) => {
      expect(await found('shield', undefined, filters())).toHaveLength(count)
    })
  })

  describe('staff', () => {
    test('find drafts and the newest revision of a live story', async () => {
      const { writer } = newsroom.tokens
      expect(await headlines('DRAFTWORD', writer)).toEqual(['Secret plans'])
      const [revision] = await found('REVISIONWORD', writer)
      expect(revision).toMatchObject({ headline: 'Summit in Geneva collapses', _status: 'draft' })
      expect(await headlines('TAKENDOWN', writer)).toEqual(['Taken down'])
    })

    test("search the admin's article list with it: a word of the body, an alias", async () => {
      const { payload } = server
      const listSearch = (text: string) =>
        payload.find({
          collection: 'articles',
          // What the admin's list view asks for when its search box holds `text`.
          where: { or: [{ headline: { like: text } }, { slug: { like: text } }] },
          draft: true,
          depth: 0,
          overrideAccess: false,
          user: newsroom.staff.editor,
        })
      const titles = async (text: string) => (await listSearch(text)).docs.map((d) => d.headline)
      expect(await titles('DRAFTWORD')).toEqual(['Secret plans'])
      expect(await titles('Sergei Lavrov')).toContain('Ministers argue over the missile shield')
      // A part of a headline still matches as before.
      expect(await titles('Pipel')).toEqual(['Pipeline talks resume'])
    })
  })

  test('pages with a cursor: every match once, best first', async () => {
    for (let n = 0; n < 5; n += 1) {
      await live({
        headline: `Cursor story ${n}`,
        body: body(`pagination ${'pagination '.repeat(n)}`),
      })
    }
    const seen: Hit[] = []
    let cursor: string | undefined
    for (let page = 0; page < 5; page += 1) {
      const response = await search({ q: 'pagination', limit: '2', ...(cursor ? { cursor } : {}) })
      expect(response.status).toBe(200)
      seen.push(...response.body.docs)
      cursor = response.body.nextCursor ?? undefined
      expect(response.body.hasNextPage).toBe(Boolean(cursor))
      if (!cursor) break
    }
    expect(seen.map((hit) => hit.headline).sort()).toEqual(
      [0, 1, 2, 3, 4].map((n) => `Cursor story ${n}`),
    )
    const scores = seen.map((hit) => hit.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))

    const other = await search({ q: 'shield', cursor: cursor ?? 'x' })
    expect(other.status).toBe(400)
  })

  test("a renamed person's old and new names both find the stories linked before", async () => {
    const { payload } = server
    const person = await payload.create({
      collection: 'people',
      data: { name: 'Anders Fogh Rasmussen' },
    })
    await live({ headline: 'Secretary General speaks', people: [person.id] })
    expect(await headlines('Rasmussen')).toEqual(['Secretary General speaks'])

    await payload.update({
      collection: 'people',
      id: person.id,
      data: { name: 'Anders Rasmussen', aliases: ['Anders Fogh Rasmussen', 'Fogh'] },
    })
    await searchIndexOf(payload).settle()
    for (const name of ['Anders Rasmussen', 'Fogh', 'Anders Fogh Rasmussen']) {
      expect(await headlines(name), name).toEqual(['Secretary General speaks'])
    }
  })

  test('a rolled-back save leaves the index as it was', async () => {
    const { payload } = server
    await expect(
      inTransaction(payload, {}, async (req) => {
        const story = await payload.create({
          collection: 'articles',
          data: { headline: 'ROLLEDBACK story' },
          draft: true,
          req,
        })
        await payload.update({
          collection: 'articles',
          id: story.id,
          data: { standfirst: 'ROLLEDBACK too' },
          draft: true,
          req,
        })
        throw new Error('the save fails after its story was written')
      }),
    ).rejects.toThrow('the save fails')
    expect(await found('ROLLEDBACK', newsroom.tokens.editor)).toEqual([])
  })

  test('a story deleted is no longer found, by readers or staff', async () => {
    const story = await live({ headline: 'DELETEDSOON story' })
    expect(await headlines('DELETEDSOON')).toEqual(['DELETEDSOON story'])
    await server.payload.delete({ collection: 'articles', id: story.id })
    expect(await found('DELETEDSOON')).toEqual([])
    expect(await found('DELETEDSOON', newsroom.tokens.editor)).toEqual([])
  })

  test('the rebuild gives the same answers', async () => {
    // Scores move with the index's statistics (rows deleted and written since); the order does not.
    const answers = async (q: string, token?: string) =>
      (await found(q, token)).map(({ score: _score, ...hit }) => hit)
    const before = await answers('shield', newsroom.tokens.editor)
    const beforeDraft = await answers('REVISIONWORD', newsroom.tokens.editor)
    expect(await rebuildSearchIndex(server.payload)).toBeGreaterThan(5)
    expect(await answers('shield', newsroom.tokens.editor)).toEqual(before)
    expect(await answers('REVISIONWORD', newsroom.tokens.editor)).toEqual(beforeDraft)
    expect(await answers('REVISIONWORD')).toEqual([])
  })

  describe('GraphQL', () => {
    const QUERY = `query Search($q: String!, $limit: Int) {
      search(q: $q, limit: $limit) {
        docs { id headline _status passage { field html } article { headline slug } }
        hasNextPage nextCursor
      }
    }`

    test('answers as REST does, with the article as the caller may read it', async () => {
      const result = await graphql(server.http, QUERY, { q: 'headway' })
      expect(result.errors).toBeUndefined()
      const [hit] = result.data!.search.docs
      expect(hit).toMatchObject({
        id: shield.id,
        headline: 'Ministers argue over the missile shield',
        passage: { field: 'body' },
        article: { headline: 'Ministers argue over the missile shield', slug: shield.slug },
      })
    })

    test('a reader never gets a draft through it; staff get the newest text', async () => {
      const reader = await graphql(server.http, QUERY, { q: 'REVISIONWORD' })
      expect(reader.data!.search.docs).toEqual([])
      const editor = await graphql(
        server.http,
        QUERY,
        { q: 'REVISIONWORD' },
        newsroom.tokens.editor,
      )
      expect(editor.data!.search.docs[0].article.headline).toBe('Summit in Geneva collapses')
    })

    test.each([
      ['', /q has no words/],
      ['nato OR russia', /"OR", an operator/],
      ['"open', /never closed/],
    ])('a bad query %j is a 400 saying why', async (q, message) => {
      const result = await graphql(server.http, QUERY, { q })
      expect(result.errors?.[0]?.message).toMatch(message)
      expect(result.errors?.[0]?.extensions?.statusCode).toBe(400)
    })
  })

  test.each([
    [{}, /q is required/],
    [{ q: '' }, /q has no words/],
    [{ q: 'x'.repeat(201) }, /the most is 200/],
    [{ q: 'nato AND russia' }, /"AND", an operator/],
    [{ q: 'lavr*' }, /"\*", an operator/],
    [{ q: 'headline:nato' }, /a field name/],
    [{ q: '"unclosed' }, /never closed/],
    [{ q: 'nato', limit: '51' }, /limit must be a whole number from 1 to 50/],
    [{ q: 'nato', from: 'soon' }, /from must be a day/],
    [{ q: 'nato', section: 'Not A Slug' }, /section must be a slug/],
    [{ q: 'nato', cursor: 'garbage!' }, /cursor is not one this search handed out/],
  ])('REST %j is a 400 saying why', async (query, message) => {
    const response = await search(query as Record<string, string>)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(message)
    expect(response.headers['cache-control']).toMatch(/no-store/)
  })
})
