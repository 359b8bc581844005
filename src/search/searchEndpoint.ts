import type { Endpoint } from 'payload'

import { errorBody } from '../http/errors'
import { searchStories } from './searchStories'

/** Query parameters as the search reads them: a parameter given twice is a list. */
const parametersOf = (params: URLSearchParams): Record<string, string | string[]> => {
  const parameters: Record<string, string | string[]> = {}
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name)
    parameters[name] = values.length === 1 ? values[0]! : values
  }
  return parameters
}

/**
 * `GET /api/search?q=…&section=&tag=&person=&from=&to=&limit=&cursor=`: stories by full-text
 * search, best match first, each with the passage that matched (docs/search.md). A bad query is a
 * 400 naming every problem.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const outcome = await searchStories(req, parametersOf(req.searchParams))
    if (!outcome.ok) {
      return Response.json(
        { ...errorBody(outcome.problems.join('; ')), problems: outcome.problems },
        { status: 400 },
      )
    }
    return Response.json(outcome.results)
  },
}
