import { NotFound } from 'payload'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { suggestRelatedArticles } from './suggestRelatedArticles'

/**
 * The GraphQL twin of `GET /api/articles/:id/related`: `RelatedArticles(id, limit)` returns full
 * Article objects, so a client selects whatever it needs from each suggestion.
 */
export const relatedArticlesQueries: GraphQLExtension = (GraphQL, { collections, config }) => {
  const {
    GraphQLFloat,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
  } = GraphQL
  const idType = config.db.defaultIDType === 'number' ? GraphQLInt : GraphQLString
  const articleType = collections.articles?.graphQL?.type
  if (!articleType) throw new Error('RelatedArticles needs the Article GraphQL type')

  const reason = new GraphQLObjectType({
    name: 'RelatedArticleReason',
    fields: {
      kind: { type: new GraphQLNonNull(GraphQLString), description: 'person, organization or tag' },
      id: { type: new GraphQLNonNull(idType) },
      name: { type: new GraphQLNonNull(GraphQLString) },
    },
  })
  const suggestion = new GraphQLObjectType({
    name: 'RelatedArticleSuggestion',
    fields: {
      article: { type: new GraphQLNonNull(articleType) },
      score: { type: new GraphQLNonNull(GraphQLFloat) },
      reasons: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(reason))) },
    },
  })

  return {
    RelatedArticles: {
      type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(suggestion))),
      description: 'Published stories sharing people, organisations or tags, best first.',
      args: {
        id: { type: new GraphQLNonNull(idType) },
        limit: { type: GraphQLInt, defaultValue: 5 },
      },
      resolve: async (
        _source: unknown,
        args: { id: number | string; limit: number },
        context: { req: PayloadRequest },
      ) => {
        const suggestions = await suggestRelatedArticles(context.req, args.id, args.limit)
        if (!suggestions) throw new NotFound(context.req.t)
        return suggestions
      },
    },
  }
}
