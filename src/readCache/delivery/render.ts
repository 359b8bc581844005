import { createRequire } from 'node:module'

import { configToSchema } from '@payloadcms/graphql'
import type { DocumentNode, GraphQLSchema } from 'graphql'
import type * as GraphQLModule from 'graphql'
import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import type { DeliveryStore, Rendering, RenderedStory, StoryId } from '../../database/deliveryStore'
import { renderArticleOutput } from '../../publishing/newsStandardsOutputs'
import { storyLists } from '../../domain/publishing/storyLists'
import { GRAPHQL_SHAPES } from './graphqlShapes'
import { documentsShown } from './shows'

/**
 * graphql as Payload's GraphQL packages load it (Node resolves `graphql` to its CommonJS build):
 * a schema only runs on the copy of graphql that built it, and a bundler may pick the ES build.
 */
const { execute, parse, validate } = createRequire(import.meta.url)(
  'graphql',
) as typeof GraphQLModule

/** The REST depths the model keeps: 0 (lists), 1 (what front ends ask) and 2 (Payload's default). */
export const REST_DEPTHS: ReadonlyArray<readonly [Rendering, number]> = [
  ['depthZero', 0],
  ['depthOne', 1],
  ['depthTwo', 2],
]

type Doc = Record<string, unknown> & { id: StoryId }

/**
 * Payload's GraphQL schema, the one its route builds (it keeps it on `global._payload_graphql`):
 * built once per process, and never twice.
 */
const schemaOf = (payload: Payload): GraphQLSchema => {
  const holder = globalThis as { _payload_graphql?: { graphql: unknown; promise: unknown } }
  const cached = (holder._payload_graphql ??= { graphql: null, promise: null })
  cached.graphql ??= configToSchema(payload.config)
  return (cached.graphql as { schema: GraphQLSchema }).schema
}

/** A request as an anonymous reader's: no user, no draft, no transaction. */
const readerRequest = (payload: Payload): Promise<PayloadRequest> => createLocalReq({}, payload)

const publishedAt = (doc: Doc): null | string =>
  typeof doc.publishedAt === 'string' ? doc.publishedAt : null

const idOf = (value: unknown): null | StoryId =>
  typeof value === 'number' || typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? ((value as { id: StoryId }).id ?? null)
      : null

/**
 * The answers of the GraphQL shapes for a batch of stories (by shape, then story), as graphql-http
 * writes each (`JSON.stringify` of the execution result), run with Payload's own schema, one
 * execution per story and shape, as a reader's request is: null where an execution failed
 * (Payload then answers).
 *
 * The executions of a batch share one request, so one data loader: the people, tags and
 * organisations of the whole batch are read once, not once per story (each read also computes the
 * entity's `articles` join, which sorts all of a popular tag's stories and grows with the archive:
 * most of a render's time before). Payload lists a hasMany relationship in the order its loads
 * finish, and a load the loader already holds finishes before one it must read, so a story
 * executed beside others could list its people in another order than a request of its own gets
 * (the property test test/delivery/readModel.test.ts found that). Hence two passes: the first only
 * fills the loader and is thrown away; in the second every load is one the loader holds, so each
 * finishes in the order it was asked, as in a fresh request. One story (a publish) needs no first
 * pass: each shape gets a fresh request, which is a reader's request exactly.
 */
const graphqlAnswers = async (
  payload: Payload,
  queries: string[],
  slugs: string[],
): Promise<Array<Array<null | string>>> => {
  const schema = schemaOf(payload)
  const executeAll = (requestOf: (shape: number) => PayloadRequest) =>
    Promise.all(
      queries.map((query, shape) => {
        const document = checkedDocument(schema, query)
        return Promise.all(
          slugs.map(async (slug) => {
            if (!document) return null
            const result = await execute({
              schema,
              document,
              variableValues: { slug },
              contextValue: { req: requestOf(shape), headers: {} },
            })
            return result.errors?.length ? null : JSON.stringify(result)
          }),
        )
      }),
    )
  if (slugs.length === 1) {
    const requests = await Promise.all(queries.map(() => readerRequest(payload)))
    return executeAll((shape) => requests[shape]!)
  }
  const shared = await readerRequest(payload)
  await executeAll(() => shared)
  return executeAll(() => shared)
}

const checkedDocuments = new WeakMap<GraphQLSchema, Map<string, DocumentNode | null>>()

/**
 * A shape's query parsed and validated once per schema, as graphql() would each time: the
 * executions of every story then skip both (about a sixth of a render). Null when it is invalid.
 */
const checkedDocument = (schema: GraphQLSchema, query: string): DocumentNode | null => {
  let documents = checkedDocuments.get(schema)
  if (!documents) checkedDocuments.set(schema, (documents = new Map()))
  if (!documents.has(query)) {
    const document = parse(query)
    documents.set(query, validate(schema, document).length === 0 ? document : null)
  }
  return documents.get(query) ?? null
}

/**
 * Renders stories as anonymous readers get them, through Payload itself (the same find, afterRead
 * hooks, population and serialisation as its REST and GraphQL routes): Payload's answer, computed
 * once. Stories readers cannot see (unpublished, deleted) come back absent.
 */
export const renderStories = async (
  payload: Payload,
  ids: StoryId[],
): Promise<Map<string, RenderedStory>> => {
  const rendered = new Map<string, RenderedStory>()
  if (ids.length === 0) return rendered
  const req = await readerRequest(payload)
  const byDepth = await Promise.all(
    REST_DEPTHS.map(async ([, depth]) => {
      const { docs } = await payload.find({
        collection: 'articles',
        where: { id: { in: ids } },
        depth,
        limit: ids.length,
        pagination: false,
        overrideAccess: false,
        req,
      })
      return new Map((docs as unknown as Doc[]).map((doc) => [String(doc.id), doc]))
    }),
  )
  const [zero, one, two] = byDepth as [Map<string, Doc>, Map<string, Doc>, Map<string, Doc>]
  const found = [...zero]
  // By shape, then story, in the order of `found`.
  const graphqlByShape = await graphqlAnswers(
    payload,
    GRAPHQL_SHAPES.map((shape) => shape.query),
    found.map(([, doc]) => String(doc.slug)),
  )
  // All stories at once: their news-standards reads share one query per request (by id).
  const stories = await Promise.all(
    found.map(async ([key, doc], index) => {
      const deepest = two.get(key)
      const middle = one.get(key)
      if (!deepest || !middle) return null
      const slug = String(doc.slug)
      const [ninjs, jsonLd] = await Promise.all([
        renderArticleOutput(req, 'ninjs', { id: doc.id }, { isPreview: false }),
        renderArticleOutput(req, 'jsonld', { id: doc.id }, { isPreview: false }),
      ])
      const graphqlOfStory = graphqlByShape.map((answers) => answers[index] ?? null)
      if (!ninjs || !jsonLd || graphqlOfStory.some((answer) => !answer)) return null
      const story: RenderedStory = {
        story: doc.id,
        slug,
        section: idOf(doc.section),
        publishedAt: publishedAt(doc),
        storyCreatedAt: String(doc.createdAt),
        shows: [...documentsShown(payload, deepest)].sort(),
        lists: storyLists(doc),
        renderings: {
          depthZero: JSON.stringify(doc),
          depthOne: JSON.stringify(middle),
          depthTwo: JSON.stringify(deepest),
          ninjs: JSON.stringify(ninjs),
          jsonLd: JSON.stringify(jsonLd),
          ...Object.fromEntries(
            GRAPHQL_SHAPES.map((shape, index) => [shape.rendering, graphqlOfStory[index]]),
          ),
        } as Record<Rendering, string>,
      }
      return [key, story] as const
    }),
  )
  for (const entry of stories) if (entry) rendered.set(entry[0], entry[1])
  return rendered
}

/**
 * Renders the rows waiting, a batch at a time, each written only if no newer mark came while it
 * rendered (the row's token): a story changed meanwhile stays stale for the next round. Rows of
 * stories readers no longer see are removed. Returns how many rows it looked at.
 */
export const renderStale = async (
  payload: Payload,
  store: DeliveryStore,
  batch = 25,
): Promise<number> => {
  const rows = await store.staleRows(batch)
  if (rows.length === 0) return 0
  const rendered = await renderStories(
    payload,
    rows.map((row) => row.story),
  )
  for (const row of rows) {
    const story = rendered.get(String(row.story))
    if (story) await store.writeRendered(story, row.token)
    else await store.removeIfStill(row.story, row.token)
  }
  return rows.length
}
