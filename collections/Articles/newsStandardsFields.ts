import type { FieldHook, JSONField } from 'payload'

import { renderArticleOutput } from '../../src/publishing/newsStandardsOutputs'
import type { NewsStandardsFormat } from '../../src/publishing/newsStandardsOutputs'

/**
 * Hands GraphQL a resolver instead of a value: graphql-js calls a function-valued property only
 * when the query selects that field, so a list of articles renders nothing it was not asked for.
 * REST and the Local API get nothing here; they have the /ninjs and /jsonld routes.
 */
const renderWhenSelected =
  (format: NewsStandardsFormat): FieldHook =>
  ({ data, draft, req }) => {
    const id = (data as { id?: number | string } | undefined)?.id
    if (req.payloadAPI !== 'GraphQL' || id === undefined) return undefined
    return () => renderArticleOutput(req, format, { id }, { isPreview: draft === true })
  }

const outputField = (
  name: string,
  format: NewsStandardsFormat,
  description: string,
): JSONField => ({
  name,
  type: 'json',
  // Computed on read, never stored: no column, and no client can write it.
  virtual: true,
  access: { create: () => false, update: () => false },
  admin: { disabled: true, description },
  hooks: { afterRead: [renderWhenSelected(format)] },
})

/** The story as IPTC ninjs 3.1 and as NewsArticle JSON-LD, for GraphQL clients (null unless published). */
export const newsStandardsFields: JSONField[] = [
  outputField('ninjs', 'ninjs', 'IPTC ninjs 3.1; null unless published (or previewed as a draft).'),
  outputField(
    'jsonLd',
    'jsonld',
    'schema.org NewsArticle JSON-LD; null unless published (or previewed as a draft).',
  ),
]
