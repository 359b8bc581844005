import { expect, test } from 'vitest'

import { payloadRoute } from './payloadRoute'

// As Payload lists an auth collection's endpoints: fixed routes before `/:id`.
const COLLECTIONS = [
  {
    slug: 'users',
    endpoints: [
      { method: 'post', path: '/login' },
      { method: 'post', path: '/forgot-password' },
      { method: 'post', path: '/reset-password' },
      { method: 'get', path: '/:id' },
      { method: 'post', path: '/' },
    ],
  },
  { slug: 'payload-migrations', endpoints: false as const },
]

const CASES: Array<[label: string, method: string, path: string, expected: string | undefined]> = [
  ['sign-in', 'POST', '/api/users/login', 'POST /login'],
  ['sign-in in capitals (Payload matches without case)', 'POST', '/api/users/LOGIN', 'POST /login'],
  ['sign-in in mixed case', 'POST', '/api/users/LoGiN', 'POST /login'],
  ['sign-in with a trailing slash', 'POST', '/api/users/login/', 'POST /login'],
  ['password reset in capitals', 'POST', '/api/users/Reset-Password/', 'POST /reset-password'],
  // One slash is dropped and path-to-regexp allows one more: still the sign-in.
  ['two trailing slashes', 'POST', '/api/users/login//', 'POST /login'],
  ['sign-in by GET is a read of a user called "login"', 'GET', '/api/users/login', 'GET /:id'],
  ['a read by id', 'GET', '/api/users/7', 'GET /:id'],
  ['a create', 'POST', '/api/users', 'POST /'],
  // Payload runs nothing for these, so there is nothing to count.
  ['an escaped letter', 'POST', '/api/users/%6Cogin', undefined],
  ['the collection in capitals', 'POST', '/api/USERS/login', undefined],
  ['the API root in capitals', 'POST', '/API/users/login', undefined],
  ['a doubled slash', 'POST', '/api//users/login', undefined],
  ['three trailing slashes', 'POST', '/api/users/login///', undefined],
  ['a collection that serves nothing', 'GET', '/api/payload-migrations/1', undefined],
  ['not the API', 'POST', '/admin/login', undefined],
]

test.each(CASES)('%s', (_label, method, path, expected) => {
  const route = payloadRoute(method, path, COLLECTIONS)
  expect(route && `${route.endpoint.method.toUpperCase()} ${route.endpoint.path}`).toBe(expected)
})
