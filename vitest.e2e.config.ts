import { defineConfig } from 'vitest/config'

/**
 * Browser tests (`npm run test:e2e`): Chromium from Debian drives the admin of the real server,
 * built for production. Not part of `npm test`, which needs no browser.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/globalSetup.ts'],
    // One server and one browser at a time: each file starts its own of both.
    fileParallelism: false,
    // Generous: a step waits for a condition, never a fixed time, and a loaded machine is slow.
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
})
