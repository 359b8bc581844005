import { readdirSync } from 'node:fs'

import sharp from 'sharp'

import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'

import { loadRegistryFile } from '../../src/domain/registry/loadRegistryFile'
import { importWireFiles } from '../../src/importing/importWireFiles'
import { loadRegistryIntoDatabase } from '../../src/importing/loadRegistry'
import { SEED_REGISTRY_FILE } from '../../seed/seed'
import { paragraphsFromRichText } from '../../src/domain/richText'
import { describeWithDatabase, startTestServer } from '../support/testServer'
import { createUser } from '../support/users'
import type { TestServer } from '../support/testServer'
import { wireFolder, wirePageText } from './wirePages'

const COLLECTIONS = ['articles', 'media', 'people', 'organizations', 'tags', 'sections'] as const

const CAPTION =
  'Russian Foreign Minister Sergey Lavrov at NATO headquarters in Brussels, 09 December 2011. EPA/BGNES'

describeWithDatabase('the wire importer', () => {
  let server: TestServer
  let admin: Awaited<ReturnType<typeof createUser>>
  /** The collections' counts once the seed registry is in the database. */
  let registryOnly: Record<string, number>
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
  const importFiles = (files: string[], isPublishing = false) =>
    importWireFiles(server.payload, files, { isPublishing })
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
    // Names resolve against the database: the seed registry is loaded into it as seed data.
    await loadRegistryIntoDatabase(server.payload, await loadRegistryFile(SEED_REGISTRY_FILE))
    registryOnly = await counts()
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
    expect(await counts()).toEqual(registryOnly)
  })

  test('a database failure in the middle of an article rolls back its new people, tags, section and photo', async () => {
    const file = wire.write(
      'lavrov-warns.txt',
      wirePageText({
        headline: 'Lavrov Warns NATO over Shield',
        caption: CAPTION,
        paragraphs: [
          '"We need guarantees," Lavrov said.',
          '"We hear them," Latvian Foreign Minister Edgars Rinkevics told reporters.',
        ],
        tags: ['Sergey Lavrov', 'Edgars Rinkevics', 'NATO', 'missile shield', 'arms control'],
      }),
    )
    // The photo the caption describes, sent with the page: story.txt and story.png.
    const png = await sharp({
      create: { width: 8, height: 8, channels: 3, background: '#778899' },
    })
      .png()
      .toBuffer()
    wire.writeBytes('lavrov-warns.png', png)
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
    expect(await counts()).toEqual(registryOnly)
    expect(readdirSync(staticDir)).toHaveLength(filesBefore)

    vi.restoreAllMocks()
    const retried = await importFiles([file])
    expect(retried).toMatchObject({ imported: 1, failed: 0 })
    expect(await counts()).toEqual({
      ...registryOnly,
      articles: 1,
      media: 1,
      people: registryOnly.people! + 1,
      tags: registryOnly.tags! + 1,
      sections: 1,
    })
    const stored = await articleBySlug('lavrov-warns-nato-over-shield')
    const image = await server.payload.findByID({
      collection: 'media',
      id: stored!.leadImage as number,
      overrideAccess: true,
    })
    expect(image).toMatchObject({ creditLine: 'EPA/BGNES', mimeType: 'image/png' })
    expect(image.caption).toMatch(/^Russian Foreign Minister Sergey Lavrov at NATO headquarters/)
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

  test('tag words nobody registered are typed from the page, created to review with the sentence that shows them', async () => {
    const file = wire.write(
      'arctic.txt',
      wirePageText({
        headline: 'Arctic Talks Open in Tromso',
        paragraphs: [
          'Ministers of the Arctic Council met in Tromso on Friday.',
          '"The ice will not wait," council chair Ingrid Haugen told reporters.',
        ],
        tags: ['Arctic Council', 'Ingrid Haugen', 'Norway', 'Tromso', 'climate'],
      }),
    )
    const summary = await importFiles([file])
    expect(summary.files[0]?.warnings).toEqual([])
    expect(summary.notes).toMatchObject({ warning: 0, newEntity: 5, unattributedQuote: 0 })
    const stored = await articleBySlug('arctic-talks-open-in-tromso')
    expect(stored?.needsReview).toBe(true)
    expect(stored?.importNotes?.map(({ kind, message }) => [kind, message])).toEqual([
      ['newEntity', 'new person "Ingrid Haugen" (council chair, Arctic Council)'],
      ['newEntity', 'new organisation "Arctic Council" (government)'],
      ['newEntity', 'new place tag "Norway"'],
      ['newEntity', 'new place tag "Tromso"'],
      ['newEntity', 'new topic tag "climate"'],
    ])
    const person = await server.payload.find({
      collection: 'people',
      where: { name: { equals: 'Ingrid Haugen' } },
      depth: 1,
      overrideAccess: true,
    })
    expect(person.docs[0]).toMatchObject({
      needsReview: true,
      foundIn: '"The ice will not wait," council chair Ingrid Haugen told reporters.',
      positions: [{ title: 'council chair', organization: { name: 'Arctic Council' } }],
    })
    const tags = await server.payload.find({
      collection: 'tags',
      where: { name: { in: ['Norway', 'Tromso', 'climate'] } },
      sort: 'name',
      overrideAccess: true,
    })
    expect(tags.docs.map(({ name, kind, needsReview }) => [name, kind, needsReview])).toEqual([
      ['Norway', 'place', true],
      ['Tromso', 'place', true],
      ['climate', 'topic', true],
    ])
    expect(stored?.quotes?.[0]?.speaker).toBe(person.docs[0]?.id)
  })

  test('a person an editor created in the admin is found by any of their names', async () => {
    const editorsOwn = await server.payload.create({
      collection: 'people',
      data: { name: 'Kristalina Georgieva', aliases: ['Georgieva'] },
      overrideAccess: true,
    })
    const file = wire.write(
      'georgieva.txt',
      wirePageText({
        headline: 'Georgieva Visits Sofia',
        paragraphs: ['"Bulgaria is on track," Georgieva said.'],
        tags: ['Kristalina Georgieva'],
      }),
    )
    await importFiles([file])
    const stored = await articleBySlug('georgieva-visits-sofia')
    expect(stored?.people).toEqual([editorsOwn.id])
    expect(stored?.quotes?.[0]?.speaker).toBe(editorsOwn.id)
    const { totalDocs } = await server.payload.count({
      collection: 'people',
      where: { name: { like: 'Georgieva' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })

  test('a page is its story: the same page again updates it, another page with the same headline is another story', async () => {
    const text = (paragraph: string) =>
      wirePageText({ headline: 'Floods Hit the North', paragraphs: [paragraph], tags: ['floods'] })
    const written = await server.payload.create({
      collection: 'articles',
      data: { headline: 'Floods Hit the North', _status: 'draft' },
      overrideAccess: true,
    })
    const first = wire.write('floods-ruse.txt', text('The Danube flooded Ruse.'))
    const second = wire.write('floods-vidin.txt', text('The Danube flooded Vidin.'))
    const summary = await importFiles([first, second])
    expect(summary.files.map((result) => result.isImported && result.article.outcome)).toEqual([
      'created',
      'created',
    ])
    const slugs = summary.files.map((result) => result.isImported && result.article.slug)
    expect(new Set([...slugs, written.slug]).size).toBe(3)

    const again = await importFiles([
      wire.write('floods-ruse.txt', text('The Danube flooded Ruse again.')),
    ])
    expect(again.files[0]).toMatchObject({ article: { outcome: 'updated', slug: slugs[0] } })
    const stories = await server.payload.find({
      collection: 'articles',
      where: { headline: { equals: 'Floods Hit the North' } },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    })
    expect(
      stories.docs.map((story) => [
        story.source?.reference ?? null,
        paragraphsFromRichText(story.body as never),
      ]),
    ).toEqual([
      [null, []],
      ['floods-ruse', ['The Danube flooded Ruse again.']],
      ['floods-vidin', ['The Danube flooded Vidin.']],
    ])
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
