/** If-None-Match compares weakly (RFC 9110 13.1.2): `*`, or any listed tag with or without W/. */
export const matchesIfNoneMatch = (header: null | string | undefined, etag: string): boolean => {
  if (!header) return false
  if (header.trim() === '*') return true
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}

// What a 304 repeats of the answer it stands for (RFC 9110 15.4.5).
const REPEATED_ON_304 = new Set(['cache-control', 'etag', 'vary', 'content-location'])

/**
 * The one place a 304 is made: the headers it carries, taken from the full answer's, or null when
 * the client does not already hold that answer (its If-None-Match names another version).
 */
export const notModifiedHeaders = (
  ifNoneMatch: null | string | undefined,
  headers: Iterable<[string, string]>,
): Array<[string, string]> | null => {
  const all = [...headers]
  const etag = all.find(([name]) => name.toLowerCase() === 'etag')?.[1]
  if (!etag || !matchesIfNoneMatch(ifNoneMatch, etag)) return null
  return all.filter(([name]) => REPEATED_ON_304.has(name.toLowerCase()))
}
