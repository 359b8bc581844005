import { expect, test } from 'vitest'

import { describeWithDatabase } from '../support/testServer'
import { serverWith } from './trustProxyServer'

// Its own file: TRUST_PROXY is read when the server starts, one server per file.
describeWithDatabase(
  'TRUST_PROXY=off: X-Forwarded-For is ignored, every client is the connection',
  () => {
    const failSignIn = serverWith('off')

    test('clients naming different addresses still share one count', async () => {
      expect(await failSignIn('203.0.113.1')).toBe(401)
      expect(await failSignIn('203.0.113.2')).toBe(401)
      expect(await failSignIn('203.0.113.3')).toBe(429)
    })
  },
)
