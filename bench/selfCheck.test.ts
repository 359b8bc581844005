/**
 * The bench measures what it claims to: the synthetic corpus has the promised links and is stored
 * as Payload stores an article published through its Local API, and the floor answers the same
 * JSON as the real REST endpoints. Correctness only; timings belong to `npm run bench`.
 */
import type { Pool } from 'pg'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { describeWithDatabase, startTestServer } from '../test/support/testServer'
import type { TestServer } from '../test/support/testServer'
import { articleData } from './corpus/articleData'
import type { PoolIds } from './corpus/articleData'
import { LINK_RANGES, SYNTHETIC_PREFIX, planArticle, planPools } from './corpus/plan'
import { writeCorpus } from './corpus/writeCorpus'
import { postgresFloorDb, sqliteFloorDb } from './floor/db'
import type { FloorDb } from './floor/db'
import { startFloor } from './floor/server'

const ARTICLES = 40

/** What differs between two stored copies of one story besides its content. */
const IDENTITY = ['id', 'slug', 'headline', 'createdAt', 'updatedAt', 'source']

const withoutIdentity = (doc: object) =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !IDENTITY.includes(key)))

/** The floor reads through the adapter's own connection (an in-memory SQLite is per connection). */
const floorDbOf = (server: TestServer): FloorDb | null => {
  const db = server.payload.db as unknown as { name: string; client?: unknown; pool?: Pool }
  if (db.name === 'sqlite') return sqliteFloorDb(db.client as never, false)
  if (db.name === 'postgres' && db.pool) return postgresFloorDb(db.pool, false)
  return null
}

describeWithDatabase('the benchmark harness', () => {
  let server: TestServer
  let ids: PoolIds
  let floor: Awaited<ReturnType<typeof startFloor>> | null = null

  beforeAll(async () => {
    server = await startTestServer()
    ids = await writeCorpus(server.payload, { articles: ARTICLES })
    const floorDb = floorDbOf(server)
    if (floorDb) floor = await startFloor(floorDb)
  })

  afterAll(async () => {
    await floor?.close()
    await server?.stop()
  })

  it('writes every synthetic article published, marked, with 3–8 tags, 2–6 people and 1–4 organisations', async () => {
    const { docs, totalDocs } = await server.payload.find({
      collection: 'articles',
      limit: ARTICLES,
      depth: 0,
      overrideAccess: false,
    })
    expect(totalDocs).toBe(ARTICLES)
    for (const doc of docs) {
      expect(doc._status).toBe('published')
      expect(doc.headline.startsWith(SYNTHETIC_PREFIX)).toBe(true)
      expect(doc.source?.reference).toMatch(/^synthetic:\d+$/)
      for (const [field, [low, high]] of Object.entries(LINK_RANGES)) {
        const links: unknown[] = doc[field as keyof typeof LINK_RANGES] ?? []
        expect(links.length, `${field} of ${doc.slug}`).toBeGreaterThanOrEqual(low)
        expect(links.length, `${field} of ${doc.slug}`).toBeLessThanOrEqual(high)
        expect(new Set(links).size, `${field} of ${doc.slug} are distinct`).toBe(links.length)
      }
    }
  })

  it('stores an article and its latest version as the Local API does when it publishes one', async () => {
    const planned = planArticle(planPools(ARTICLES), 3)
    const data = articleData(planned, ids)
    const req = await createLocalReq({ context: { isImport: true } }, server.payload)
    const viaApi = await server.payload.create({
      collection: 'articles',
      req,
      overrideAccess: true,
      depth: 0,
      data: {
        ...data,
        headline: `${planned.headline} (Local API)`,
        slug: `${planned.slug}-local-api`,
        source: { reference: 'local-api' },
      } as never,
    })
    const { docs } = await server.payload.find({
      collection: 'articles',
      where: { slug: { equals: planned.slug } },
      depth: 0,
    })
    const generated = docs[0]!
    const stored = await server.payload.findByID({
      collection: 'articles',
      id: viaApi.id,
      depth: 0,
    })
    expect(withoutIdentity(generated)).toEqual(withoutIdentity(stored))

    const latestVersion = async (id: number | string) => {
      const { docs } = await server.payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: id } },
        depth: 0,
      })
      expect(docs).toHaveLength(1)
      return docs[0] as unknown as { latest: boolean; autosave: boolean; version: object }
    }
    const [generatedVersion, storedVersion] = [
      await latestVersion(generated.id),
      await latestVersion(stored.id),
    ]
    expect(generatedVersion.latest).toBe(true)
    expect(generatedVersion.autosave).toBe(storedVersion.autosave)
    expect(withoutIdentity(generatedVersion.version)).toEqual(
      withoutIdentity(storedVersion.version),
    )
  })

  describe('the floor', () => {
    it('answers the same JSON as REST for an article by slug at depth 1', async (context) => {
      if (!floor) context.skip('the floor reads SQLite and PostgreSQL only')
      const slug = planArticle(planPools(ARTICLES), 7).slug
      const rest = await server.http.get(`/api/articles?where[slug][equals]=${slug}&depth=1`)
      expect(rest.status).toBe(200)
      expect(rest.body.docs).toHaveLength(1)
      const answer = await fetch(`${floor!.url}/articles/slug/${slug}`)
      expect(answer.status).toBe(200)
      expect(await answer.json()).toEqual(rest.body)
    })

    it('answers the same JSON as REST for an article by slug with joins=false', async (context) => {
      if (!floor) context.skip('the floor reads SQLite and PostgreSQL only')
      const slug = planArticle(planPools(ARTICLES), 8).slug
      const rest = await server.http.get(
        `/api/articles?where[slug][equals]=${slug}&depth=1&joins=false`,
      )
      expect(rest.status).toBe(200)
      expect(rest.body.docs[0].tags[0]).not.toHaveProperty('articles')
      const answer = await fetch(`${floor!.url}/articles/slug/${slug}?joins=false`)
      expect(await answer.json()).toEqual(rest.body)
    })

    it("answers the same JSON as REST for a section's 20 latest", async (context) => {
      if (!floor) context.skip('the floor reads SQLite and PostgreSQL only')
      const section = ids.sections[0]
      const rest = await server.http.get(
        `/api/articles?where[section][equals]=${section}&sort=-publishedAt&limit=20&depth=0`,
      )
      expect(rest.status).toBe(200)
      expect(rest.body.docs.length).toBeGreaterThan(0)
      const answer = await fetch(`${floor!.url}/sections/${section}/latest`)
      expect(await answer.json()).toEqual(rest.body)
    })

    it('answers 404 for a slug no published article has', async (context) => {
      if (!floor) context.skip('the floor reads SQLite and PostgreSQL only')
      const answer = await fetch(`${floor!.url}/articles/slug/no-such-story`)
      expect(answer.status).toBe(200)
      expect((await answer.json()).docs).toEqual([])
    })
  })
})
