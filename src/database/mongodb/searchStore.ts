import type { Payload, PayloadRequest } from 'payload'

import { barEntries } from '../../domain/search/searchDocument'
import type { SearchText } from '../../domain/search/searchDocument'
import type { SearchHit, SearchRowInput, SearchStore, StaleRow, StoryId } from '../searchStore'

type Doc = Record<string, unknown>

/** The native driver's collection under Payload's Mongoose model (rows keep fields it has not). */
interface Collection {
  createIndex: (keys: object, options: object) => Promise<unknown>
  insertMany: (docs: Doc[], options?: object) => Promise<unknown>
  deleteMany: (filter: object, options?: object) => Promise<unknown>
  updateMany: (filter: object, update: object, options?: object) => Promise<unknown>
  updateOne: (filter: object, update: object, options?: object) => Promise<{ matchedCount: number }>
  find: (filter: object, options?: object) => { toArray: () => Promise<Doc[]> }
  distinct: (key: string, filter: object) => Promise<unknown[]>
  aggregate: (pipeline: object[]) => { toArray: () => Promise<Doc[]> }
}

interface MongoHandles {
  collections: Record<string, { collection: Collection }>
  sessions?: Record<string, unknown>
  mongoose: { Types: { ObjectId: new (hex: string) => unknown } }
}

const TEXT_INDEX = 'search_text'
const TEXT_FIELDS = ['headline', 'standfirst', 'body', 'quotes', 'names'] as const
/** The same emphasis as bm25's column weights on SQLite. */
const WEIGHTS = { headline: 10, standfirst: 5, body: 1, quotes: 2, names: 4 }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const asText = (value: unknown): string => (typeof value === 'string' ? value : '')
const textOf = (doc: Doc): SearchText => ({
  headline: asText(doc.headline),
  standfirst: asText(doc.standfirst),
  body: asText(doc.body),
  quotes: asText(doc.quotes),
  names: asText(doc.names),
})

/**
 * The search index on MongoDB: the rows through the native collection under Payload's model, with
 * a text index over their folded text (`indexed.*`, weighted as on SQLite), English stemming.
 * Written to the design and type-checked; no mongod runs in this workplace, so it has not run.
 */
export const mongoSearchStore = (payload: Payload): SearchStore => {
  const db = payload.db as unknown as MongoHandles
  const rows = () => db.collections['search-documents']!.collection
  const articles = () => db.collections.articles!.collection
  const sessionOf = async (req?: PayloadRequest) => {
    const id = req?.transactionID ? String(await req.transactionID) : null
    return id && db.sessions?.[id] ? { session: db.sessions[id] } : {}
  }
  const docOf = (story: StoryId, input: SearchRowInput): Doc => ({
    story: String(story),
    isPublished: input.isPublished,
    isLatest: input.isLatest,
    isStale: false,
    slug: input.document.slug,
    ...input.document.text,
    indexed: input.document.indexed,
    section: input.document.section,
    tags: input.document.tags,
    people: input.document.people,
    links: input.document.links,
    // A change's fan-out finds the rows through the `linked.link` index Payload makes. No `id`
    // per entry: nothing reads them through Payload, and the fill below could not make one.
    linked: barEntries(input.document.links).map((link) => ({ link })),
    datedAt: new Date(input.document.datedAt),
    publishedAt: input.document.publishedAt ? new Date(input.document.publishedAt) : null,
  })
  const insert = async (story: StoryId, inputs: SearchRowInput[], req?: PayloadRequest) => {
    if (inputs.length > 0) {
      await rows().insertMany(
        inputs.map((input) => docOf(story, input)),
        await sessionOf(req),
      )
    }
  }

  return {
    ensureIndex: async () => {
      await rows().createIndex(
        Object.fromEntries(TEXT_FIELDS.map((field) => [`indexed.${field}`, 'text'])),
        {
          name: TEXT_INDEX,
          default_language: 'english',
          weights: Object.fromEntries(
            Object.entries(WEIGHTS).map(([field, weight]) => [`indexed.${field}`, weight]),
          ),
        },
      )
    },
    writeStory: async (req, story, inputs) => {
      await rows().deleteMany({ story: String(story) }, await sessionOf(req))
      await insert(story, inputs, req)
    },
    writeLatest: async (req, story, document) => {
      const session = await sessionOf(req)
      await rows().deleteMany({ story: String(story), isPublished: false }, session)
      await rows().updateMany({ story: String(story) }, { $set: { isLatest: false } }, session)
      await insert(story, [{ document, isPublished: false, isLatest: true }], req)
    },
    removeStory: async (req, story) => {
      await rows().deleteMany({ story: String(story) }, await sessionOf(req))
    },
    markLinking: async (req, link, mark) => {
      await rows().updateMany(
        { 'linked.link': link },
        { $set: { isStale: true, staleMark: mark } },
        await sessionOf(req),
      )
    },
    staleRows: async (limit) =>
      (
        await rows()
          .find({ isStale: true }, { sort: { _id: 1 }, limit })
          .toArray()
      ).map((doc): StaleRow => ({
        row: String(doc._id),
        mark: asText(doc.staleMark),
        links: asText(doc.links),
        text: textOf(doc),
      })),
    refreshRow: async (stale, document) => {
      const _id = new db.mongoose.Types.ObjectId(String(stale.row))
      // A story written since then wrote the row anew; a newer mark waits for the next refresh.
      const { matchedCount } = await rows().updateOne(
        { _id, links: stale.links, staleMark: stale.mark },
        {
          $set: {
            isStale: false,
            names: document.text.names,
            'indexed.names': document.indexed.names,
            section: document.section,
            tags: document.tags,
            people: document.people,
          },
        },
      )
      return matchedCount > 0
    },
    linkMissing: async () => {
      // Rows written before `linked` was: their `|a|b|` links as its entries, in the database.
      // Found through the `linked.link` index, where a row with no entries is null, so a start
      // with nothing to fill reads only rows that link nothing (and leaves them: `links` is empty).
      await rows().updateMany({ 'linked.link': null, links: { $gt: '' } }, [
        {
          $set: {
            linked: {
              $map: {
                input: {
                  $filter: {
                    input: { $split: ['$links', '|'] },
                    as: 'entry',
                    cond: { $ne: ['$$entry', ''] },
                  },
                },
                as: 'entry',
                in: { link: '$$entry' },
              },
            },
          },
        },
      ])
    },
    storiesWithoutRows: async (limit) => {
      const known = new Set((await rows().distinct('story', {})).map(String))
      const all = await articles()
        .find({}, { projection: { _id: 1 }, sort: { _id: 1 } })
        .toArray()
      return all
        .map((doc) => String(doc._id))
        .filter((id) => !known.has(id))
        .slice(0, limit)
    },
    clear: async () => {
      await rows().deleteMany({})
    },
    search: async ({ query, filters, audience, after, limit }) => {
      // Each word and phrase quoted: MongoDB then requires every one of them.
      const search = query.terms.map((term) => `"${term.words.join(' ')}"`).join(' ')
      const match: Doc = {
        $text: { $search: search, $language: 'english' },
        [audience === 'readers' ? 'isPublished' : 'isLatest']: true,
      }
      if (filters.section) match.section = filters.section
      if (filters.tag) match.tags = { $regex: escapeRegExp(`|${filters.tag}|`) }
      if (filters.person) match.people = { $regex: escapeRegExp(`|${filters.person}|`) }
      if (filters.from || filters.until) {
        match.datedAt = {
          ...(filters.from ? { $gte: new Date(filters.from) } : {}),
          ...(filters.until ? { $lt: new Date(filters.until) } : {}),
        }
      }
      const pipeline: object[] = [
        { $match: match },
        { $addFields: { score: { $meta: 'textScore' } } },
        ...(after
          ? [
              {
                $match: {
                  $or: [
                    { score: { $lt: after.score } },
                    { score: after.score, story: { $lt: String(after.story) } },
                  ],
                },
              },
            ]
          : []),
        { $sort: { score: -1, story: -1 } },
        { $limit: limit },
      ]
      return (await rows().aggregate(pipeline).toArray()).map((doc): SearchHit => ({
        story: String(doc.story),
        slug: typeof doc.slug === 'string' ? doc.slug : null,
        text: textOf(doc),
        section: typeof doc.section === 'string' ? doc.section : null,
        publishedAt: doc.publishedAt instanceof Date ? doc.publishedAt.toISOString() : null,
        isPublished: doc.isPublished === true,
        score: Number(doc.score),
      }))
    },
  }
}
