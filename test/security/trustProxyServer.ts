import { afterAll, beforeAll } from 'vitest'

import { startTestServer } from '../support/testServer'
import type { TestServer } from '../support/testServer'
import { createStaff } from '../support/users'

export const LOGINS = 2
const wrong = { email: 'editor@newsroom.test', password: 'wrong' }

/** A server with TRUST_PROXY set as given, and a sign-in limit small enough to see keys by. */
export const serverWith = (trustProxy: string) => {
  const started: { server?: TestServer } = {}
  beforeAll(async () => {
    process.env.TRUST_PROXY = trustProxy
    process.env.LOGIN_RATE_LIMIT = `${LOGINS}/600`
    started.server = await startTestServer()
    await createStaff(started.server.payload)
  })
  afterAll(async () => {
    await started.server?.stop()
    delete process.env.TRUST_PROXY
    delete process.env.LOGIN_RATE_LIMIT
  })
  /** Fails a sign-in as sent through proxies naming `forwardedFor`; returns the status. */
  return async (forwardedFor?: string) => {
    const request = started.server!.http.post('/api/users/login')
    if (forwardedFor) request.set('X-Forwarded-For', forwardedFor)
    return (await request.send(wrong)).status
  }
}
