import type { FieldHook } from 'payload'

/**
 * An optional unique text field left blank holds no value, not an empty one: the admin sends `''`
 * for a field typed into and cleared again, and two `''`s are duplicates of each other on every
 * database, where two `null`s never are (on MongoDB see src/database/mongodb/uniqueWhenSet.ts).
 */
export const emptyMeansNone: FieldHook = ({ value }) =>
  typeof value === 'string' && value.trim() === '' ? null : value
