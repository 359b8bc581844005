import { APIError } from 'payload'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'
import { PASSAGE_FIELDS } from '../domain/search/passage'
import { searchStories } from './searchStories'
import type { SearchResult, SearchResults } from './searchStories'

/** The stories of one page, read once with the caller's access when any result asks for one. */
const pagesRead = new WeakMap<SearchResults, Promise<Map<string, unknown>>>()

const readArticles = (
  results: SearchResults,
  req: PayloadRequest,
): Promise<Map<string, unknown>> => {
  const known = pagesRead.get(results)
  if (known) return known
  const read = req.payload
    .find({
      collection: 'articles',
      where: { id: { in: results.docs.map((doc) => doc.id) } },
      depth: 0,
      limit: results.docs.length,
      // Staff found the newest text, so they get the newest version; readers the published one.
      draft: isStaffUser(req.user),
      overrideAccess: false,
      req,
    })
    .then(({ docs }) => new Map(docs.map((doc) => [String(doc.id), doc as unknown])))
  pagesRead.set(results, read)
  return read
}

/**
 * The GraphQL twin of `GET /api/search`: `search(q, section, tag, person, from, to, limit, cursor)`,
 * each result with its passage and, when selected, the whole `Article` read with the caller's
 * access. A bad query is an error with status 400 that names every problem.
 */
export const searchQueries: GraphQLExtension = (GraphQL, { collections, config }) => {
  const {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLFloat,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = GraphQL
  const idType = config.db.defaultIDType === 'number' ? GraphQLInt : GraphQLString
  const articleType = collections.articles?.graphQL?.type
  if (!articleType) throw new Error('search needs the Article GraphQL type')

  const passage = new GraphQLObjectType({
    name: 'SearchPassage',
    fields: {
      field: {
        type: new GraphQLNonNull(
          new GraphQLEnumType({
            name: 'SearchPassageField',
            values: Object.fromEntries(PASSAGE_FIELDS.map((field) => [field, { value: field }])),
          }),
        ),
      },
      text: {
        type: new GraphQLNonNull(GraphQLString),
        description: 'Plain text; "…" where it was cut.',
      },
      html: {
        type: new GraphQLNonNull(GraphQLString),
        description: 'HTML-escaped, each matched word in <mark>.',
      },
    },
  })
  const result = new GraphQLObjectType({
    name: 'SearchResult',
    fields: {
      id: { type: new GraphQLNonNull(idType) },
      slug: { type: GraphQLString },
      headline: { type: new GraphQLNonNull(GraphQLString) },
      standfirst: { type: GraphQLString },
      section: { type: GraphQLString, description: "The section's slug." },
      publishedAt: { type: GraphQLString },
      _status: { type: new GraphQLNonNull(GraphQLString) },
      score: { type: new GraphQLNonNull(GraphQLFloat) },
      passage: { type: passage },
      article: {
        type: articleType,
        description: 'The story itself, as the caller may read it.',
        resolve: async (
          source: SearchResult & { page: SearchResults },
          _args: unknown,
          context: { req: PayloadRequest },
        ) => (await readArticles(source.page, context.req)).get(String(source.id)) ?? null,
      },
    },
  })
  const results = new GraphQLObjectType({
    name: 'SearchResults',
    fields: {
      docs: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(result))) },
      limit: { type: new GraphQLNonNull(GraphQLInt) },
      hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
      nextCursor: { type: GraphQLString, description: 'Give it as `cursor` for the next page.' },
    },
  })

  return {
    search: {
      type: new GraphQLNonNull(results),
      description:
        'Stories by full-text search, best match first: readers find published text, staff every story by its newest text.',
      args: {
        q: { type: new GraphQLNonNull(GraphQLString) },
        section: { type: GraphQLString, description: "A section's slug." },
        tag: { type: GraphQLString, description: "A tag's slug." },
        person: { type: GraphQLString, description: "A person's slug." },
        from: { type: GraphQLString, description: 'A day (2011-12-08) or an instant.' },
        to: { type: GraphQLString, description: 'A day (included) or an instant.' },
        limit: { type: GraphQLInt },
        cursor: { type: GraphQLString },
      },
      resolve: async (
        _source: unknown,
        args: Record<string, unknown>,
        context: { req: PayloadRequest },
      ) => {
        const parameters = { ...args, limit: args.limit == null ? undefined : String(args.limit) }
        const outcome = await searchStories(context.req, parameters)
        if (!outcome.ok) throw new APIError(outcome.problems.join('; '), 400)
        const page = outcome.results
        return { ...page, docs: page.docs.map((doc) => ({ ...doc, page })) }
      },
    },
  }
}
