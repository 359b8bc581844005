import { once } from 'node:events'
import type { Server } from 'node:http'

/**
 * Stops accepting connections, lets requests in flight finish (up to `timeoutMs`), then closes
 * the database.
 */
export const closeGracefully = async (
  server: Server,
  closeDatabase: () => Promise<void>,
  timeoutMs = 10_000,
): Promise<void> => {
  const closed = once(server, 'close')
  server.close()
  // A keep-alive connection turns idle when its last response is sent; close it then, not later.
  server.closeIdleConnections()
  const sweeper = setInterval(() => server.closeIdleConnections(), 50)
  const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs)
  try {
    await closed
  } finally {
    clearInterval(sweeper)
    clearTimeout(deadline)
  }
  await closeDatabase()
}
