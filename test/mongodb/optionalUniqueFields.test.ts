/**
 * Risk: Payload's MongoDB adapter gives a unique field that may be left empty a sparse index,
 * which still counts `null`s, so the second entity saved without a Wikidata ID was a duplicate key
 * and the seed failed. Fixed in src/database/mongodb/uniqueWhenSet.ts (partial indexes) and
 * src/fields/emptyMeansNone.ts (blank is none).
 */
import { afterAll, beforeAll, expect, test } from 'vitest'

import { uniqueWhenSetName } from '../../src/database/mongodb/uniqueWhenSet'
import type { NewsroomServer } from '../../src/server'
import { runSeed } from '../../seed/seed'
import { createTestDatabase } from '../support/testDatabase'
import type { TestDatabase } from '../support/testDatabase'
import { collectionNameOf, describeOnMongoDB, mongoDriver, rawCollection } from './onMongoDB'

describeOnMongoDB('unique fields that may be left empty, on MongoDB', () => {
  let database: TestDatabase
  let server: NewsroomServer

  beforeAll(async () => {
    database = await createTestDatabase()
    // What an earlier version of the CMS left behind: the adapter's sparse unique index.
    const client = new (mongoDriver().MongoClient)(database.url)
    await client.connect()
    await client
      .db()
      .collection(collectionNameOf('people'))
      .createIndex({ wikidataId: 1 }, { name: 'wikidataId_1', unique: true, sparse: true })
    await client.close()
    process.env.DATABASE_URL = database.url
    const { createServer } = await import('../../src/server')
    server = await createServer()
  })
  afterAll(async () => {
    await server?.close()
    await database?.drop()
  })

  const person = (data: Record<string, unknown>) =>
    server.payload.create({
      collection: 'people',
      data: { name: `Person ${Math.random().toString(36).slice(2)}`, ...data },
      overrideAccess: true,
    })

  test('the seed story imports: every person and organisation without a Wikidata ID is created', async () => {
    const summary = await runSeed(server.payload)
    expect(summary.failed, JSON.stringify(summary.files)).toBe(0)
    expect(summary.imported).toBeGreaterThan(0)
    const entities = await Promise.all(
      (['people', 'organizations'] as const).map((collection) =>
        server.payload.find({ collection, pagination: false, overrideAccess: true }),
      ),
    )
    const withoutId = entities.flatMap(({ docs }) => docs).filter((doc) => !doc.wikidataId)
    expect(withoutId.length).toBeGreaterThanOrEqual(2)
  })

  test('no Wikidata ID (absent, null or blank) is never a duplicate; a set one still is', async () => {
    await person({})
    await person({ wikidataId: null })
    await person({ wikidataId: null })
    const blank = await person({ wikidataId: '' })
    expect(blank.wikidataId ?? null).toBeNull()
    await person({ wikidataId: '   ' })
    await person({ wikidataId: 'Q90000001' })
    await expect(person({ wikidataId: 'Q90000001' })).rejects.toThrow(/wikidataId/)
  })

  test('two people whose Wikidata IDs are cleared can both be saved', async () => {
    const first = await person({ wikidataId: 'Q90000002' })
    const second = await person({ wikidataId: 'Q90000003' })
    const clear = (id: number | string, wikidataId: null | string) =>
      server.payload.update({
        collection: 'people',
        id,
        data: { wikidataId },
        overrideAccess: true,
      })
    expect((await clear(first.id, '')).wikidataId ?? null).toBeNull()
    expect((await clear(second.id, null)).wikidataId ?? null).toBeNull()
  })

  test('the sparse index an earlier start left is gone, and no other index was touched', async () => {
    const names = (await rawCollection(server.payload, 'people').listIndexes().toArray()).map(
      (index) => index.name,
    )
    expect(names).not.toContain('wikidataId_1')
    expect(names).toContain(uniqueWhenSetName('wikidataId'))
    expect(names).toContain(uniqueWhenSetName('slug'))
  })

  // MongoDB considers a partial index only for a query it can prove falls inside the filter.
  test.each([
    ['articles', 'slug', { slug: 'nato-russia-still-at-odds-over-missile-shield-in-europe' }],
    ['articles', 'slug', { $and: [{ slug: { $eq: 'a-story' } }, { _status: 'published' }] }],
    ['people', 'wikidataId', { wikidataId: { $eq: 'Q58217' } }],
  ])('a read of %s by %s can use its partial index: %o', async (slug, field, filter) => {
    const plan = await rawCollection(server.payload, slug).find(filter).explain('queryPlanner')
    // The winning plan or one considered beside it: with this little data, plans may tie.
    expect(JSON.stringify(plan.queryPlanner)).toContain(`"indexName":"${uniqueWhenSetName(field)}"`)
  })

  test.each([
    ['people', 'wikidataId'],
    ['organizations', 'wikidataId'],
    ['articles', 'source.reference'],
    ['articles', 'slug'],
  ])('%s.%s has a partial unique index, and no sparse one', async (slug, path) => {
    const indexes = await rawCollection(server.payload, slug).listIndexes().toArray()
    const onPath = indexes.filter((index) => Object.keys(index.key).join() === path)
    expect(onPath).toHaveLength(1)
    expect(onPath[0]).toMatchObject({
      name: uniqueWhenSetName(path),
      unique: true,
      partialFilterExpression: { [path]: { $gt: '' } },
    })
    expect(onPath[0]?.sparse).toBeUndefined()
  })
})
