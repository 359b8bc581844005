import { BasePayload } from 'payload'

import { mongodbAdapter } from '../../src/database/mongodb/adapter'

interface SchemaWithIndexes {
  indexes: () => Array<[Record<string, unknown>, Record<string, unknown>]>
}

/** The project's own collections as MongoDB models, built without a server (`url: false`). */
export const buildMongoModels = async () => {
  process.env.DATABASE_URL ??= 'file::memory:'
  const config = await (await import('../../src/payload.config')).default
  const payload = await new BasePayload().init({
    config: { ...config, db: mongodbAdapter(false) as typeof config.db },
    disableOnInit: true,
  })
  const collections = (
    payload.db as unknown as { collections: Record<string, { schema: SchemaWithIndexes }> }
  ).collections
  return { config, collections }
}
