import { match } from 'path-to-regexp'

import type { EndpointPattern } from './routeIds'

export interface RoutedCollection {
  slug: string
  /** Its endpoints in Payload's order, or false where it serves none. */
  endpoints: false | readonly EndpointPattern[]
}

export interface PayloadRoute {
  collection: string
  endpoint: EndpointPattern
}

/**
 * The collection endpoint Payload will run for a request, found as Payload's handleEndpoints
 * finds it: one trailing slash dropped, the collection by its exact slug, then the first endpoint
 * whose method matches and whose path matches without regard to case (`/LOGIN` is `/login`).
 * A rate limit keyed on this counts every spelling Payload answers as the same operation, and
 * none that it does not.
 */
export const payloadRoute = (
  method: string,
  pathname: string,
  collections: readonly RoutedCollection[],
  apiRoute = '/api',
): PayloadRoute | undefined => {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname
  if (!path.startsWith(apiRoute)) return undefined
  const inApi = path.replace(apiRoute, '')
  const slug = inApi.split('/')[1]
  const collection = collections.find((each) => each.slug === slug)
  if (!collection || collection.endpoints === false) return undefined
  const rest = inApi.replace(`/${collection.slug}`, '') || '/'
  const lower = method.toLowerCase()
  const endpoint = collection.endpoints.find((each) => {
    if (each.method !== lower) return false
    try {
      return match(each.path, { decode: decodeURIComponent })(rest) !== false
    } catch {
      // Payload fails the same way on a parameter that is not UTF-8: it runs nothing.
      return false
    }
  })
  return endpoint && { collection: collection.slug, endpoint }
}
