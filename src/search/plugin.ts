import type { Plugin } from 'payload'

import { SearchDocuments } from '../../collections/SearchDocuments'
import { searchEndpoint } from './searchEndpoint'
import { searchQueries } from './searchQuery'
import { searchIndexOf } from './searchIndex'

/**
 * Full-text search (docs/search.md): its rows' collection, `GET /api/search`, the GraphQL `search`
 * query, and, as Payload starts in any process, the engine's index made ready (a development
 * schema push empties SQLite's). The index is written through the publishing seam
 * (keepSearchIndex in payload.config.ts).
 */
export const searchPlugin: Plugin = (config) => {
  const { onInit } = config
  const queries = config.graphQL?.queries
  return {
    ...config,
    collections: [...(config.collections ?? []), SearchDocuments],
    endpoints: [...(config.endpoints ?? []), searchEndpoint],
    graphQL: {
      ...config.graphQL,
      queries: (GraphQL, payload) => ({
        ...queries?.(GraphQL, payload),
        ...searchQueries(GraphQL, payload),
      }),
    },
    onInit: async (payload) => {
      await onInit?.(payload)
      await searchIndexOf(payload).store.ensureIndex()
    },
  }
}
