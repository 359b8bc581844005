/**
 * The version a write was based on, from an `If-Match` header: the `updatedAt` the client read,
 * quoted as an entity tag (`"2026-01-02T03:04:05.678Z"`), or `*` for any version.
 */
export const parseIfMatch = (header: null | string | undefined): null | string => {
  const value = header?.trim()
  if (!value) return null
  return value.replace(/^W\//, '').replace(/^"(.*)"$/, '$1')
}

/** A write based on another version than the current one would overwrite someone else's edit. */
export const isStaleWrite = (basedOn: null | string, currentUpdatedAt: null | string): boolean => {
  if (basedOn === null || basedOn === '*') return false
  const based = Date.parse(basedOn)
  const current = currentUpdatedAt ? Date.parse(currentUpdatedAt) : NaN
  return Number.isNaN(based) || based !== current
}
