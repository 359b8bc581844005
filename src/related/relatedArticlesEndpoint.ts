import type { Endpoint } from 'payload'

import { suggestRelatedArticles } from './suggestRelatedArticles'

/**
 * `GET /api/articles/:id/related?limit=5`: computed suggestions beside the hand-picked links,
 * each with its score and the shared people, organisations and tags that earned it.
 */
export const relatedArticlesEndpoint: Endpoint = {
  path: '/:id/related',
  method: 'get',
  handler: async (req) => {
    const id = req.routeParams?.id
    const limit = Number(req.searchParams.get('limit') ?? 5)
    if (typeof id !== 'string' && typeof id !== 'number') {
      return Response.json({ errors: [{ message: 'An article id is required' }] }, { status: 400 })
    }
    if (!Number.isInteger(limit) || limit < 1) {
      return Response.json(
        { errors: [{ message: 'limit must be a whole number of at least 1' }] },
        { status: 400 },
      )
    }
    const suggestions = await suggestRelatedArticles(req, id, limit)
    if (!suggestions) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    return Response.json({
      docs: suggestions.map(({ article, score, reasons }) => ({
        article: {
          id: article.id,
          headline: article.headline,
          slug: article.slug,
          publishedAt: article.publishedAt,
          _status: article._status,
        },
        score,
        reasons,
      })),
    })
  },
}
