import type { Endpoint, PayloadRequest } from 'payload'

import type { ArticleKey } from './findOutputArticle'
import { NEWS_STANDARDS_OUTPUTS, renderArticleOutput } from './newsStandardsOutputs'
import type { NewsStandardsFormat } from './newsStandardsOutputs'

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

const keyOf = (req: PayloadRequest): ArticleKey | undefined => {
  const { id, slug } = req.routeParams ?? {}
  if (typeof slug === 'string' && slug !== '') return { slug }
  if (typeof id === 'string' || typeof id === 'number') return { id }
  return undefined
}

const outputHandler =
  (format: NewsStandardsFormat): Endpoint['handler'] =>
  async (req) => {
    const key = keyOf(req)
    if (!key) return notFound()
    // Only staff and preview keys get a draft; for anyone else the flag changes nothing.
    const isPreview = req.searchParams.get('draft') === 'true'
    const output = await renderArticleOutput(req, format, key, { isPreview })
    if (!output) return notFound()
    return new Response(JSON.stringify(output), {
      headers: { 'Content-Type': NEWS_STANDARDS_OUTPUTS[format].contentType },
    })
  }

const FORMATS = Object.keys(NEWS_STANDARDS_OUTPUTS) as NewsStandardsFormat[]

/**
 * `GET /api/articles/:id/ninjs`, `/:id/jsonld`, `/slug/:slug/ninjs` and `/slug/:slug/jsonld`:
 * a published story as IPTC ninjs 3.1 or schema.org NewsArticle JSON-LD (404 when unpublished).
 * Staff and preview keys add `?draft=true` to preview the latest draft.
 */
export const newsStandardsEndpoints: Endpoint[] = FORMATS.flatMap((format) => [
  { path: `/:id/${format}`, method: 'get' as const, handler: outputHandler(format) },
  { path: `/slug/:slug/${format}`, method: 'get' as const, handler: outputHandler(format) },
])
