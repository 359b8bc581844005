/**
 * A relationship value is an id, or the related document when it was read at depth > 0;
 * this gives the id either way (null when there is none).
 */
export const relationId = (value: unknown): null | number | string => {
  if (value && typeof value === 'object' && 'id' in value) return value.id as number | string
  return typeof value === 'number' || typeof value === 'string' ? value : null
}
