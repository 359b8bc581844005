import { expect, test } from 'vitest'

import { describeWithDatabase } from '../support/testServer'
import { serverWith } from './trustProxyServer'

// Its own file: TRUST_PROXY is read when the server starts, one server per file.
describeWithDatabase(
  'TRUST_PROXY=1: one load balancer in front, which appends the address it saw',
  () => {
    const failSignIn = serverWith('1')

    test('each client is counted on its own', async () => {
      expect(await failSignIn('203.0.113.10')).toBe(401)
      expect(await failSignIn('203.0.113.11')).toBe(401)
      expect(await failSignIn('203.0.113.10')).toBe(401)
      expect(await failSignIn('203.0.113.10')).toBe(429)
    })

    test("an address a client writes in front of the balancer's is not believed", async () => {
      // The balancer appends the real address last; the first entries are the client's own words.
      expect(await failSignIn('198.51.100.1, 203.0.113.20')).toBe(401)
      expect(await failSignIn('198.51.100.2, 203.0.113.20')).toBe(401)
      expect(await failSignIn('198.51.100.3, 203.0.113.20')).toBe(429)
    })
  },
)
