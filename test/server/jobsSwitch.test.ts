import { afterEach, expect, test } from 'vitest'

import { describeWithDatabase } from '../support/testServer'

// Payload starts the job timer on the first request whatever the server asked, so the JOBS
// switch must be read on every tick; this proves the config does.
describeWithDatabase('the JOBS switch', () => {
  const previous = process.env.JOBS
  afterEach(() => {
    process.env.JOBS = previous
  })

  test.each([
    ['run', true],
    ['off', false],
  ])('JOBS=%s lets the job timer run: %s', async (value, expected) => {
    const config = await (await import('../../src/payload.config')).default
    process.env.JOBS = value
    const shouldAutoRun = config.jobs.shouldAutoRun
    expect(shouldAutoRun).toBeTypeOf('function')
    expect(await shouldAutoRun!({} as never)).toBe(expected)
  })
})
