import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, test } from 'vitest'

import { closeGracefully } from './shutdown'

test('a request in flight when shutdown starts still gets its answer, then the database closes', async () => {
  const events: string[] = []
  const server = createServer((_req, res) => {
    setTimeout(() => {
      events.push('response sent')
      res.end('finished')
    }, 300)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  const inFlight = fetch(`http://127.0.0.1:${port}/`).then((response) => response.text())
  await new Promise((resolve) => setTimeout(resolve, 50))
  const shutdown = closeGracefully(server, async () => {
    events.push('database closed')
  })

  await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow()
  expect(await inFlight).toBe('finished')
  await shutdown
  expect(events).toEqual(['response sent', 'database closed'])
})
