import type { Payload } from 'payload'

/**
 * Operators Payload accepts that this database's adapter cannot run: Payload's SQL adapters have
 * no `all`, and a query with it fails there with a 500.
 */
export const unsupportedOperators = (payload: Payload): string[] =>
  payload.db.name === 'mongoose' ? [] : ['all']

/** How this database's ids look: serial numbers on SQL, ObjectId text on MongoDB. */
export const idType = (payload: Payload): 'number' | 'text' =>
  payload.db.defaultIDType === 'number' ? 'number' : 'text'
