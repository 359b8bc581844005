import { headersWithCors } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { publicAnswer } from '../../http/caching'
import type { RequestView } from '../../http/types'
import type { CachedAnswer } from '../answers'
import { graphqlQuestion, restQuestion } from './questions'
import type { Question } from './questions'
import { deliveryRendererOf } from './renderer'

const encoder = new TextEncoder()

/**
 * Payload's find envelope around one page of documents, key for key as its REST route writes it
 * (test/delivery/readModel.test.ts compares the two byte for byte).
 */
const envelope = (docs: string[], totalDocs: number, limit: number): string => {
  const totalPages = Math.ceil(totalDocs / limit)
  const hasNextPage = totalPages > 1
  return (
    `{"docs":[${docs.join(',')}],"hasNextPage":${hasNextPage},"hasPrevPage":false,` +
    `"limit":${limit},"nextPage":${hasNextPage ? 2 : null},"page":1,"pagingCounter":1,` +
    `"prevPage":null,"totalDocs":${totalDocs},"totalPages":${totalPages}}`
  )
}

/**
 * What graphql-http answers with for this request's Accept header (its own negotiation), or null
 * when it would refuse it: Payload then answers, refusal and all.
 */
const graphqlContentType = (accept: null | string): null | string => {
  for (const each of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [mediaType, ...params] = each.split(';')
    const charset = params.find((param) => param.includes('charset=')) || 'charset=utf-8'
    if (mediaType === 'application/graphql-response+json' && charset === 'charset=utf-8') {
      return 'application/graphql-response+json; charset=utf-8'
    }
    const isJson = ['application/json', 'application/*', '*/*'].includes(mediaType ?? '')
    if (isJson && (charset === 'charset=utf-8' || charset === 'charset=utf8')) {
      return 'application/json; charset=utf-8'
    }
  }
  return null
}

/** graphql-http reads these from a POST's URL too; any other parameter changes nothing. */
const asksInUrl = (url: URL): boolean =>
  ['query', 'variables', 'operationName', 'extensions'].some((name) => url.searchParams.has(name))

/** The body the model answers a question with, or null when Payload is to answer it. */
const bodyFor = async (payload: Payload, question: Question): Promise<null | string> => {
  const renderer = deliveryRendererOf(payload)
  const { store } = renderer
  switch (question.kind) {
    case 'story': {
      const key = 'id' in question.key ? { id: question.key.id } : question.key
      const doc = await store.rendering(key, question.rendering)
      if (doc === null || !question.envelope) return doc
      return envelope([doc], 1, question.envelope.limit)
    }
    case 'graphql':
      return store.rendering({ slug: question.slug }, question.rendering)
    case 'list': {
      if (!(await renderer.isComplete()) || (await store.hasStale())) return null
      const page = await store.latest(question.field, question.id, question.limit)
      if (!page || page.docs.length === 0) return null
      // The page and its count are two reads: a render that began between them could make them
      // disagree, and it leaves a row stale while it writes.
      if (await store.hasStale()) return null
      return envelope(page.docs, page.totalDocs, question.limit)
    }
  }
}

/**
 * The read model's answer to an anonymous read, shaped exactly as the HTTP caching layer shapes
 * Payload's (src/http/caching.ts), or null when it has none: then Payload answers, unchanged.
 * Only for reads the front door keyed (anonymous, no draft, a query not a mutation).
 */
export const deliveryAnswer = async (
  payload: Payload,
  view: RequestView,
  graphqlBody: string | undefined,
): Promise<CachedAnswer | null> => {
  const url = new URL(view.url)
  const question =
    view.method === 'GET'
      ? restQuestion(url)
      : graphqlBody !== undefined && url.pathname === '/api/graphql' && !asksInUrl(url)
        ? graphqlQuestion(graphqlBody)
        : null
  if (!question) return null
  const contentType =
    question.kind === 'graphql'
      ? graphqlContentType(view.headers.get('accept'))
      : question.kind === 'story'
        ? question.contentType
        : 'application/json'
  if (!contentType) return null
  const text = await bodyFor(payload, question)
  if (text === null) return null
  const body = encoder.encode(text)
  // The CORS headers Payload's routes add, from the same function and the request's Origin.
  const req = { payload, headers: view.headers } as unknown as PayloadRequest
  const headers = headersWithCors({ headers: new Headers({ 'content-type': contentType }), req })
  if (question.kind === 'graphql') {
    // A GraphQL POST passes through the caching layer untouched (src/http/caching.ts keptPost).
    return { status: 200, headers: [...headers], body, etag: null }
  }
  return publicAnswer(200, headers, body)
}
