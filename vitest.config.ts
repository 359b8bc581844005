import { defineConfig } from 'vitest/config'
import type { TestProjectInlineConfiguration } from 'vitest/config'

/**
 * One suite, run once per available database: SQLite in memory always, Postgres when
 * TEST_POSTGRES_URL is set, MongoDB when a mongod binary is available (else it reports why not).
 */
const integration = (
  name: string,
  env: Record<string, string>,
): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/deploy/**'],
    env: { TEST_DATABASE: name, ...env },
    globalSetup: ['test/support/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})

const projects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: {
      name: 'unit',
      include: ['src/**/*.test.ts', 'seed/**/*.test.ts', 'test/deploy/**/*.test.ts'],
    },
  },
  integration('sqlite', {}),
  integration('mongodb', {}),
]
if (process.env.TEST_POSTGRES_URL) projects.push(integration('postgres', {}))

export default defineConfig({
  test: {
    projects,
    env: {
      // Tests run the job queue by hand, when they choose.
      JOBS: 'off',
      NODE_ENV: 'test',
      PAYLOAD_SECRET: 'test-secret-that-is-long-enough-0123456789',
    },
  },
})
