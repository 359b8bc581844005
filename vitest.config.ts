import { defineConfig } from 'vitest/config'
import type { TestProjectInlineConfiguration } from 'vitest/config'

import { mongodbProject } from './test/support/mongodbProject.ts'

/**
 * One suite, run once per available database: SQLite in memory always, Postgres when
 * TEST_POSTGRES_URL is set, MongoDB when a mongod can be had (else it reports why not, in one line).
 */
const integration = (
  name: string,
  // bench/: the benchmark harness's self-check (correctness of the corpus and the floor).
  include = ['test/**/*.test.ts', 'bench/**/*.test.ts'],
): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    include,
    // test/mongodb/: what only MongoDB has, run by its project alone.
    exclude: [
      'test/e2e/**',
      'test/deploy/**',
      'test/support/**',
      ...(name === 'mongodb' ? [] : ['test/mongodb/**']),
    ],
    env: { TEST_DATABASE: name },
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
  integration('sqlite'),
  // Its mongod is looked for (and downloaded) only when the project runs: test/support/mongodbProject.ts.
  { ...integration('mongodb'), plugins: [mongodbProject()] },
]
if (process.env.TEST_POSTGRES_URL) projects.push(integration('postgres'))

export default defineConfig({
  test: {
    projects,
    env: {
      // Tests run the job queue by hand, when they choose.
      JOBS: 'off',
      // Every test reads from one address; test/security/readRateLimit.test.ts switches it on.
      ANONYMOUS_READ_RATE_LIMIT: 'off',
      NODE_ENV: 'test',
      PAYLOAD_SECRET: 'test-secret-that-is-long-enough-0123456789',
    },
  },
})
