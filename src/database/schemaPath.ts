import { pushDevSchema } from '@payloadcms/drizzle'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type Env = Record<string, string | undefined>

/**
 * How a process brings a SQL schema up to date. Only `npm run dev` (NODE_ENV=development) pushes
 * the config straight into the database; every other command (`npm start`, `npm run seed`,
 * `npm run import`, the job runner, the tests) runs the committed migrations, so they can follow
 * one another on the same database in any order. A push marks the database as a development one,
 * and Payload then stops the next migration with a question nobody is there to answer.
 */
export const schemaPath = (env: Env = process.env): 'migrate' | 'push' =>
  env.NODE_ENV === 'development' ? 'push' : 'migrate'

/** A committed migration, as the generated src/migrations/<dialect>/index.ts lists them. */
interface CommittedMigration {
  name: string
  up: (args: never) => Promise<void>
  down: (args: never) => Promise<void>
}

interface SqlAdapter extends BaseDatabaseAdapter {
  push?: boolean
  migrate: (args?: { migrations?: CommittedMigration[] }) => Promise<void>
}

/** The row Payload's development push leaves in payload_migrations (batch -1). */
const wasPushedInDevelopment = async (adapter: SqlAdapter): Promise<boolean> => {
  try {
    const { totalDocs } = await adapter.payload.count({
      collection: 'payload-migrations',
      where: { batch: { equals: -1 } },
    })
    return totalDocs > 0
  } catch {
    // A new database has no payload_migrations table yet.
    return false
  }
}

/**
 * Payload runs `prodMigrations` in production only and pushes everywhere else. This runs the same
 * migrations on connect outside production too, unless the command is `npm run dev`. A database
 * that `npm run dev` already pushed stays a development database: it is pushed again rather than
 * migrated over (which would stop at Payload's "data loss will occur" prompt).
 */
export const withSchemaPath = (
  adapterObj: DatabaseAdapterObj,
  migrations: CommittedMigration[],
  env: Env = process.env,
): DatabaseAdapterObj => {
  const isProduction = env.NODE_ENV === 'production'
  if (isProduction) return adapterObj
  const path = schemaPath(env)
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as SqlAdapter
      adapter.push = path === 'push'
      const connect = adapter.connect
      if (path === 'push' || !connect) return adapter
      adapter.connect = async function connectAndMigrate(options) {
        await connect.call(this, options)
        // `payload migrate` and `migrate:create` set this and do their own work.
        if (env.PAYLOAD_MIGRATING === 'true') return
        if (await wasPushedInDevelopment(adapter)) {
          adapter.payload.logger.warn(
            'This database was set up by `npm run dev` (schema pushed, not migrated), so its schema is pushed again. `npm start` will ask before migrating it.',
          )
          await pushDevSchema(adapter as never)
          return
        }
        await adapter.migrate({ migrations })
      }
      return adapter
    },
  }
}
