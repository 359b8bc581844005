import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { ListField } from '../../domain/publishing/storyLists'
import type { DeliveryStore, StoryId } from '../deliveryStore'
import { RENDERINGS } from '../deliveryStore'

/** The part of a Mongoose model the read model uses (Payload keeps one per collection). */
interface Model {
  findOne: (filter: object, projection?: object) => { lean: () => Promise<null | Doc> }
  find: (
    filter: object,
    projection?: object,
  ) => {
    sort: (order: object) => { limit: (n: number) => { lean: () => Promise<Doc[]> } }
  }
  countDocuments: (filter: object) => Promise<number>
  exists: (filter: object) => Promise<unknown>
  updateOne: (filter: object, update: object, options?: object) => Promise<{ matchedCount: number }>
  updateMany: (filter: object, update: object, options?: object) => Promise<unknown>
  deleteMany: (filter: object, options?: object) => Promise<unknown>
  insertMany: (docs: object[], options?: object) => Promise<unknown[]>
}

type Doc = Record<string, unknown>

interface MongoHandles {
  collections: Record<string, Model>
  sessions?: Record<string, unknown>
}

/** The field a list filters stories on, in the articles collection. */
const ARTICLE_FIELD: Record<ListField, string> = {
  section: 'section',
  tags: 'tags',
  people: 'people',
}

/**
 * The read model on MongoDB, through the Mongoose models Payload keeps: the same contract as the
 * SQL store (src/database/deliveryStore.ts). A mark joins the write's session when it has one.
 * Written to the design and type-checked; no mongod runs in this workplace, so it has not run.
 */
export const mongoDeliveryStore = (payload: Payload): DeliveryStore => {
  const db = payload.db as unknown as MongoHandles
  const model = () => db.collections['delivery-stories']!
  const articles = () => db.collections.articles!
  const sessionOf = async (req: PayloadRequest) => {
    const id = req.transactionID ? String(await req.transactionID) : null
    return id ? { session: db.sessions?.[id] } : {}
  }
  return {
    rendering: async (key, rendering) => {
      const filter = 'slug' in key ? { slug: key.slug } : { story: key.id }
      const row = await model()
        .findOne({ ...filter, isStale: false }, { [rendering]: 1 })
        .lean()
      const body = row?.[rendering]
      return typeof body === 'string' ? body : null
    },
    latest: async (field, id, limit) => {
      let filter: object = { section: id }
      if (field !== 'section') {
        const ids = (
          await articles()
            .find({ [ARTICLE_FIELD[field]]: id, _status: 'published' }, { _id: 1 })
            .sort({ _id: 1 })
            .limit(1_000_000)
            .lean()
        ).map((doc) => doc._id)
        filter = { story: { $in: ids } }
      }
      const rows = await model()
        .find(filter, { depthZero: 1, isStale: 1, publishedAt: 1, storyCreatedAt: 1 })
        .sort({ publishedAt: -1, storyCreatedAt: -1 })
        .limit(limit + 1)
        .lean()
      if (rows.some((row) => row.isStale)) return null
      for (let index = 1; index < rows.length; index += 1) {
        const [a, b] = [rows[index - 1]!, rows[index]!]
        if (
          String(a.publishedAt) === String(b.publishedAt) &&
          String(a.storyCreatedAt) === String(b.storyCreatedAt)
        ) {
          return null
        }
      }
      return {
        docs: rows.slice(0, limit).map((row) => String(row.depthZero)),
        totalDocs: await model().countDocuments(filter),
      }
    },
    hasStale: async () => Boolean(await model().exists({ isStale: true })),
    markStory: async (req, story, token) => {
      await model().updateOne(
        { story },
        { $set: { isStale: true, staleToken: token } },
        { upsert: true, ...(await sessionOf(req)) },
      )
    },
    markShowing: async (req, shown, token) => {
      await model().updateMany(
        { $or: [{ isStale: true }, { 'shows.shown': shown }] },
        { $set: { isStale: true, staleToken: token } },
        await sessionOf(req),
      )
    },
    removeUnlinked: async (req) => {
      await model().deleteMany({ story: null }, await sessionOf(req))
    },
    staleRows: async (limit) => {
      return (
        await model()
          .find({ isStale: true }, { story: 1, staleToken: 1 })
          .sort({ _id: 1 })
          .limit(limit)
          .lean()
      ).map((row) => ({ story: String(row.story) as StoryId, token: String(row.staleToken) }))
    },
    writeRendered: async (story, token) => {
      const renderings = Object.fromEntries(
        RENDERINGS.map((name) => [name, story.renderings[name]]),
      )
      const { matchedCount } = await model().updateOne(
        { story: story.story, staleToken: token },
        {
          $set: {
            isStale: false,
            slug: story.slug,
            section: story.section,
            publishedAt: story.publishedAt ? new Date(story.publishedAt) : null,
            storyCreatedAt: new Date(story.storyCreatedAt),
            // One document: what it shows changes with the rendering, in the same write.
            shows: story.shows.map((shown) => ({ id: randomUUID(), shown })),
            ...renderings,
          },
        },
      )
      return matchedCount > 0
    },
    removeIfStill: async (story, token) => {
      await model().deleteMany({ story, staleToken: token })
    },
    // MongoDB reads its lists from the rows themselves (latest above), so it has no entries.
    relistMissing: async () => 0,
    addMissing: async () => {
      const known = new Set(
        (await model().find({}, { story: 1 }).sort({ _id: 1 }).limit(10_000_000).lean()).map(
          (row) => String(row.story),
        ),
      )
      const published = await articles()
        .find({ _status: 'published' }, { _id: 1 })
        .sort({ _id: 1 })
        .limit(10_000_000)
        .lean()
      const missing = published.filter((doc) => !known.has(String(doc._id)))
      if (missing.length > 0) {
        await model().insertMany(
          missing.map((doc) => ({ story: doc._id, isStale: true, staleToken: randomUUID() })),
        )
      }
      return missing.length
    },
  }
}
