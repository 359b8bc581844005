import supertest from 'supertest'
import type TestAgent from 'supertest/lib/agent.js'
import { describe } from 'vitest'

import { releaseConnections } from '../../src/database/connections'
import type { NewsroomServer } from '../../src/server'
import { createTestDatabase, skipReason } from './testDatabase'

export interface TestServer extends NewsroomServer {
  http: TestAgent
  /** Closes the server and drops its database. */
  stop: () => Promise<void>
  /** The database stops answering under the running server; `stop` still works after it. */
  takeDatabaseDown: () => Promise<void>
}

/** The real Express app in API mode on a fresh database of the project's kind. */
export const startTestServer = async (): Promise<TestServer> => {
  const database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  const { createServer } = await import('../../src/server')
  const server = await createServer()
  return {
    ...server,
    http: supertest(server.listener),
    stop: async () => {
      await server.close()
      await database.drop()
    },
    takeDatabaseDown: async () => {
      if (database.cutOff) return database.cutOff()
      // MongoDB's test server is shared by every file; this file's connection closes instead.
      if (server.payload.db.name === 'mongoose') {
        return (
          server.payload.db as unknown as { connection: { close: () => Promise<void> } }
        ).connection.close()
      }
      // SQLite in memory: the process holds the database, so closing its client is the outage.
      return releaseConnections(server.payload.db)
    },
  }
}

/** A describe block that the MongoDB project skips, with its printed reason, where no mongod runs. */
export const describeWithDatabase = (name: string, body: () => void): void => {
  const reason = skipReason()
  if (reason) {
    describe.skip(`${name} (${reason})`, body)
    return
  }
  describe(name, body)
}
