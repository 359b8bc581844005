import type { KeepTicket } from '../readCache/answers'

/** What the HTTP front knows of a request that Payload's Web `Request` does not carry. */
export interface RequestContext {
  /** The client's address (Express's `req.ip`, as TRUST_PROXY lets proxies name it). */
  clientIp: string
  /**
   * Where the public answer to this read is to be kept, when the read cache's front door found
   * none and this request computes it (src/readCache/frontDoor.ts). Absent otherwise.
   */
  keep?: KeepTicket
}

/** One of Payload's `(Request) => Response` handlers, or a layer around one. */
export type WebHandler = (request: Request, context: RequestContext) => Promise<Response>

/** What the caching checks read of a request: a Web `Request`, or a light view of a Node one. */
export type RequestView = Pick<Request, 'method' | 'url'> & {
  headers: Pick<Headers, 'get' | 'has'>
}

/** An answer nobody may keep: an error may be fixed a second later (a story published, a server back). */
export const NO_STORE = 'no-store'
export const NO_STORE_HEADERS = { 'Cache-Control': NO_STORE } as const
/** A minute fresh, then served stale for five more while a cache revalidates in the background. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'
/** Anything asked with credentials or for drafts. */
export const PRIVATE_CACHE_CONTROL = `private, ${NO_STORE}`
