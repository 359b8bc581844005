import type { BaseDatabaseAdapter, Payload } from 'payload'

import type { IdFormat } from '../domain/security/filterFields'

/** What the request guards must know of the database adapter to judge a query before it runs. */
export interface QueryFacts {
  /** How document ids are written. */
  ids: IdFormat
  /**
   * Operators Payload accepts that this database's adapter cannot run: Payload's SQL adapters
   * have no `all`, and a query with it fails there with a 500.
   */
  unsupportedOperators: readonly string[]
}

// PostgreSQL's serial ids are 4-byte integers: a larger number is an error there, not a miss.
const POSTGRES_MAX_SERIAL = 2_147_483_647

/**
 * The adapter facts behind query checks: on SQL databases ids are whole numbers (up to the
 * column's range) unless the adapter was told to use UUIDs, and there is no `all`; on MongoDB
 * ids are ObjectIds and every operator exists.
 */
export const queryFactsOf = (
  db: Pick<BaseDatabaseAdapter, 'name' | 'defaultIDType'>,
): QueryFacts => {
  if (db.name === 'mongoose') return { ids: { kind: 'objectId' }, unsupportedOperators: [] }
  if (db.defaultIDType !== 'number') {
    return { ids: { kind: 'text', maxLength: 64 }, unsupportedOperators: ['all'] }
  }
  const max = db.name === 'postgres' ? POSTGRES_MAX_SERIAL : Number.MAX_SAFE_INTEGER
  return { ids: { kind: 'number', max }, unsupportedOperators: ['all'] }
}

/** How this database's ids look: serial numbers on SQL, ObjectId text on MongoDB. */
export const idType = (payload: Payload): 'number' | 'text' =>
  queryFactsOf(payload.db).ids.kind === 'number' ? 'number' : 'text'

/**
 * An id kept as text (a job's input, a URL) as this database stores it: a number on SQL, the text
 * itself on MongoDB, where an ObjectId may be made only of digits and must never become a number.
 */
export const idFromText = (payload: Payload, text: string): number | string =>
  idType(payload) === 'number' ? Number(text) : text
