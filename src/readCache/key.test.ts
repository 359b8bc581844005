import { describe, expect, test } from 'vitest'

import type { RequestView } from '../http/types'
import { readKey } from './key'

const view = (url: string, init: { method?: string; headers?: Record<string, string> } = {}) => {
  const headers = new Headers(init.headers)
  return { method: init.method ?? 'GET', url, headers } satisfies RequestView
}
const JSON_TYPE = { 'content-type': 'application/json' }
const QUERY = JSON.stringify({ query: '{ Articles { docs { headline } } }' })
const MUTATION = JSON.stringify({ query: 'mutation { deleteArticle(id: 1) { id } }' })

const KEYED: Array<[string, RequestView, string | undefined, string]> = [
  [
    'an anonymous GET: path and query string',
    view('http://cms.test/api/articles?where[slug][equals]=a'),
    undefined,
    'GET /api/articles?where[slug][equals]=a ',
  ],
  [
    'the Origin Payload echoes in CORS headers',
    view('http://cms.test/api/articles/1', { headers: { origin: 'https://site.example' } }),
    undefined,
    'GET /api/articles/1 https://site.example',
  ],
  [
    'a GraphQL query by POST: its body too',
    view('http://cms.test/api/graphql', { method: 'POST', headers: JSON_TYPE }),
    QUERY,
    `POST /api/graphql  ${QUERY}`,
  ],
]

const UNKEYED: Array<[string, RequestView, string | undefined]> = [
  [
    'a JWT',
    view('http://cms.test/api/articles', { headers: { authorization: 'JWT a' } }),
    undefined,
  ],
  [
    'the admin cookie',
    view('http://cms.test/api/articles', { headers: { cookie: 'payload-token=a' } }),
    undefined,
  ],
  ['a draft read', view('http://cms.test/api/articles?draft=true'), undefined],
  [
    'a mutation',
    view('http://cms.test/api/graphql', { method: 'POST', headers: JSON_TYPE }),
    MUTATION,
  ],
  [
    'a body that is not JSON',
    view('http://cms.test/api/graphql', { method: 'POST', headers: JSON_TYPE }),
    '{query',
  ],
  [
    'a POST that is not GraphQL',
    view('http://cms.test/api/articles', { method: 'POST', headers: JSON_TYPE }),
    '{}',
  ],
  ['a PATCH', view('http://cms.test/api/articles/1', { method: 'PATCH' }), '{}'],
]

describe('what makes two reads the same', () => {
  test.each(KEYED)('%s', (_, request, body, expected) => {
    expect(readKey(request, body)).toBe(expected)
  })
  test.each(UNKEYED)('%s is never kept', (_, request, body) => {
    expect(readKey(request, body)).toBeNull()
  })
})
