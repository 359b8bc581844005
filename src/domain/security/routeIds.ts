/**
 * Which document a REST path names, checked before Payload reads it. On SQL databases ids are
 * whole numbers, and Payload reads an id with parseFloat: `abc` becomes NaN and a 500 from the
 * driver, and `1'--` becomes 1, so `DELETE /api/people/1'--` deleted person 1. Here such an id is
 * "no such document" instead.
 */
export interface EndpointPattern {
  method: string
  path: string
}

/** The same segments Payload matches (`/:id`, `/versions/:id`, `/slug/:slug/ninjs`). */
const matches = (pattern: string, segments: string[]): Record<string, string> | undefined => {
  const parts = pattern.split('/').filter(Boolean)
  if (parts.length !== segments.length) return undefined
  const params: Record<string, string> = {}
  for (const [index, part] of parts.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = segments[index]!
    else if (part !== segments[index]) return undefined
  }
  return params
}

const WHOLE_NUMBER = /^[1-9]\d{0,14}$/

/**
 * The id a request names that cannot be one under `idType`, or undefined. The endpoint is found
 * as Payload finds it: the first of the collection's endpoints whose method and path match.
 */
export const invalidDocumentId = (
  endpoints: readonly EndpointPattern[],
  method: string,
  segments: string[],
  idType: 'number' | 'text',
  /** The largest id the database's column holds (PostgreSQL's serial: 2 147 483 647). */
  maxId = Number.MAX_SAFE_INTEGER,
): string | undefined => {
  if (idType !== 'number') return undefined
  const lower = method.toLowerCase()
  for (const endpoint of endpoints) {
    if (endpoint.method !== lower) continue
    const params = matches(endpoint.path, segments)
    if (!params) continue
    const id = params.id
    return id !== undefined && !(WHOLE_NUMBER.test(id) && Number(id) <= maxId) ? id : undefined
  }
  return undefined
}
