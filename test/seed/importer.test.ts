import { readdirSync } from 'node:fs'

import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'

import { loadRegistryFile } from '../../src/domain/registry/loadRegistryFile'
import type { Registry } from '../../src/domain/registry/types'
import { importWireFiles } from '../../src/importing/importWireFiles'
import { SEED_REGISTRY_FILE } from '../../seed/seed'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import { createUser } from '../support/users'
import type { TestServer } from '../support/testServer'
import { wireFolder, wirePageText } from './wirePages'

const COLLECTIONS = ['articles', 'media', 'people', 'organizations', 'tags', 'sections'] as const

const CAPTION =
  'Russian Foreign Minister Sergey Lavrov at NATO headquarters in Brussels, 09 December 2011. EPA/BGNES'

describeWithDatabase('the wire importer', () => {
  let server: TestServer
  let registry: Registry
  let admin: Awaited<ReturnType<typeof createUser>>
  const wire = wireFolder()

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        COLLECTIONS.map(async (collection) => [
          collection,
          (await server.payload.count({ collection, overrideAccess: true })).totalDocs,
        ]),
      ),
    )
  const nothing = { articles: 0, media: 0, people: 0, organizations: 0, tags: 0, sections: 0 }
  const importFiles = (files: string[], isPublishing = false) =>
    importWireFiles(server.payload, files, { registry, isPublishing })
  const articleBySlug = async (slug: string) => {
    const { docs } = await server.payload.find({
      collection: 'articles',
      where: { slug: { equals: slug } },
      depth: 0,
      // As staff: readers are not shown links to drafts.
      user: admin,
      overrideAccess: true,
    })
    return docs[0]
  }

  beforeAll(async () => {
    server = await startTestServer()
    registry = await loadRegistryFile(SEED_REGISTRY_FILE)
    admin = await createUser(server.payload, 'admin')
  })
  afterEach(() => vi.restoreAllMocks())
  afterAll(async () => server?.stop())

  test('a page it cannot parse fails with file, line and what was expected, and writes nothing', async () => {
    const file = wire.write(
      'no-meta-line.txt',
      'NATO ministers meet\n\nThis line should be the meta line\n\nBody text.\n',
    )
    const summary = await importFiles([file])
    expect(summary).toMatchObject({ imported: 0, failed: 1, created: 0, updated: 0 })
    const [result] = summary.files
    expect(result?.isImported).toBe(false)
    expect(result && !result.isImported && result.error).toBe(
      `${file}:3: expected the meta line "Section | Month D, YYYY, Weekday // HH:MM| N views", got "This line should be the meta line"`,
    )
    expect(await counts()).toEqual(nothing)
  })

  test('a database failure in the middle of an article rolls back its people, tags, section and photo', async () => {
    const file = wire.write(
      'lavrov-warns.txt',
      wirePageText({
        headline: 'Lavrov Warns NATO over Shield',
        caption: CAPTION,
        paragraphs: ['"We need guarantees," Lavrov said.'],
        tags: ['Sergey Lavrov', 'NATO', 'missile shield'],
      }),
    )
    const staticDir = server.payload.collections.media!.config.upload.staticDir!
    const filesBefore = readdirSync(staticDir).length
    const create = server.payload.create.bind(server.payload)
    vi.spyOn(server.payload, 'create').mockImplementation(((options: { collection: string }) => {
      if (options.collection === 'articles') throw new Error('the database went away')
      return create(options as never)
    }) as never)

    const failed = await importFiles([file])

    expect(failed).toMatchObject({ imported: 0, failed: 1 })
    expect(failed.files[0]).toMatchObject({ error: `${file}: the database went away` })
    expect(await counts()).toEqual(nothing)
    expect(readdirSync(staticDir)).toHaveLength(filesBefore)

    vi.restoreAllMocks()
    const retried = await importFiles([file])
    expect(retried).toMatchObject({ imported: 1, failed: 0 })
    expect(await counts()).toMatchObject({ articles: 1, media: 1, people: 1, tags: 1, sections: 1 })
  })

  test('imports are drafts by default and published with --publish', async () => {
    const draft = wire.write(
      'draft.txt',
      wirePageText({
        headline: 'Ministers Meet Again',
        paragraphs: ['Talks went on.'],
        tags: ['NATO'],
      }),
    )
    const summary = await importFiles([draft])
    expect(summary.files[0]).toMatchObject({ article: { outcome: 'created', status: 'draft' } })
    const stored = await articleBySlug('ministers-meet-again')
    expect(stored?._status).toBe('draft')
    await server.http.get(`/api/articles/${stored!.id}`).expect(404)

    const published = wire.write(
      'published.txt',
      wirePageText({
        headline: 'Ministers Meet in Public',
        caption: CAPTION,
        paragraphs: ['Talks went on.'],
        tags: ['NATO'],
      }),
    )
    await importFiles([published], true)
    const live = await articleBySlug('ministers-meet-in-public')
    const read = await server.http.get(`/api/articles/${live!.id}`).expect(200)
    expect(read.body.headline).toBe('Ministers Meet in Public')
  })

  test('unknown tag words become topic tags and are reported', async () => {
    const file = wire.write(
      'arctic.txt',
      wirePageText({
        headline: 'Arctic Talks Open',
        paragraphs: ['Ministers met.'],
        tags: ['Arctic Council'],
      }),
    )
    const summary = await importFiles([file])
    expect(summary.files[0]?.warnings).toEqual([
      `${file}: tag "Arctic Council" is not in the registry; imported as a new topic tag`,
    ])
    const { docs } = await server.payload.find({
      collection: 'tags',
      where: { name: { equals: 'Arctic Council' } },
      overrideAccess: true,
    })
    expect(docs).toMatchObject([{ kind: 'topic', slug: 'arctic-council' }])
  })

  describe('related links', () => {
    const later = wirePageText({
      headline: 'Russia Sets Conditions for Shield Talks',
      printedDate: 'December 10, 2011, Saturday // 09:00',
      paragraphs: ['Moscow wants guarantees.'],
      tags: ['Russia'],
    })
    const bySlug = wirePageText({
      headline: 'Medvedev Orders Missile Deployment',
      printedDate: 'December 10, 2011, Saturday // 11:00',
      paragraphs: ['The order came last month.'],
      tags: ['Dmitry Medvedev'],
    })
    const first = wirePageText({
      headline: 'NATO Ministers Fail to Agree with Moscow',
      paragraphs: ['No agreement was reached.'],
      tags: ['NATO'],
      related: [
        'Russia Sets Conditions for Shield Talks',
        'Rasmussen Hopes for Chicago Deal',
        'https://www.novinite.com/articles/134590/medvedev-orders-missile-deployment',
      ],
    })

    test('a link to a story not imported yet stays external, in order', async () => {
      await importFiles([wire.write('first.txt', first)])
      const stored = await articleBySlug('nato-ministers-fail-to-agree-with-moscow')
      expect(stored?.relatedLinks).toMatchObject([
        { article: null, title: 'Russia Sets Conditions for Shield Talks' },
        { article: null, title: 'Rasmussen Hopes for Chicago Deal' },
        {
          article: null,
          url: 'https://www.novinite.com/articles/134590/medvedev-orders-missile-deployment',
        },
      ])
    })

    test('importing the linked stories later turns the links into links to them, by title and by slug', async () => {
      const summary = await importFiles([
        wire.write('later.txt', later),
        wire.write('by-slug.txt', bySlug),
      ])
      expect(
        summary.files.map((result) => result.isImported && result.article.upgradedLinks),
      ).toEqual([1, 1])
      const target = await articleBySlug('russia-sets-conditions-for-shield-talks')
      const slugTarget = await articleBySlug('medvedev-orders-missile-deployment')
      const stored = await articleBySlug('nato-ministers-fail-to-agree-with-moscow')
      expect(stored?.relatedLinks).toMatchObject([
        { article: target!.id, title: null, url: null },
        { article: null, title: 'Rasmussen Hopes for Chicago Deal' },
        { article: slugTarget!.id },
      ])
    })

    test('re-importing the linking story keeps its links resolved and changes no counts', async () => {
      const before = await counts()
      const summary = await importFiles([wire.write('first.txt', first)])
      expect(summary).toMatchObject({ created: 0, failed: 0 })
      expect(await counts()).toEqual(before)
      const stored = await articleBySlug('nato-ministers-fail-to-agree-with-moscow')
      expect(stored?.relatedLinks?.map((link) => link.article != null)).toEqual([true, false, true])
    })
  })
})
