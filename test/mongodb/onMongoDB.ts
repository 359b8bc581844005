import { createRequire } from 'node:module'

import type * as MongoDriver from 'mongodb'
import type { Payload } from 'payload'
import { describe } from 'vitest'

import { describeWithDatabase } from '../support/testServer'

/**
 * A describe block for what only MongoDB has: it runs in the MongoDB project (where a mongod
 * runs) and is skipped, saying so, on SQLite and PostgreSQL.
 */
export const describeOnMongoDB = (name: string, body: () => void): void => {
  if (process.env.TEST_DATABASE === 'mongodb') describeWithDatabase(name, body)
  else describe.skip(`${name} (MongoDB only)`, body)
}

interface MongooseModule {
  mongo: typeof MongoDriver
  pluralize: () => ((name: string) => string) | null
}

/** Mongoose as Payload's adapter loads it. */
const payloadMongoose = (): MongooseModule =>
  createRequire(createRequire(import.meta.url).resolve('@payloadcms/db-mongodb'))(
    'mongoose',
  ) as MongooseModule

/** The MongoDB driver as Payload's adapter loads it (its own copy, through Mongoose). */
export const mongoDriver = (): typeof MongoDriver => payloadMongoose().mongo

/** The MongoDB collection Payload keeps a collection in: Mongoose pluralizes (people: peoples). */
export const collectionNameOf = (slug: string): string =>
  payloadMongoose().pluralize()?.(slug) ?? slug

interface Model {
  collection: MongoDriver.Collection
}

interface MongooseAdapterView {
  collections: Record<string, Model>
  versions: Record<string, Model>
}

const adapterOf = (payload: Payload) => payload.db as unknown as MongooseAdapterView

/** The driver's collection behind one of Payload's collections (or its versions). */
export const rawCollection = (
  payload: Payload,
  slug: string,
  { versions = false } = {},
): MongoDriver.Collection => {
  const models = versions ? adapterOf(payload).versions : adapterOf(payload).collections
  const model = models[slug]
  if (!model) throw new Error(`No MongoDB model for ${slug}${versions ? ' versions' : ''}`)
  return model.collection
}
