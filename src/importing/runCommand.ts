import type { Payload } from 'payload'

import { openPayload } from './openPayload'

/**
 * Runs a command-line tool against the CMS's database (`npm run import`, `npm run seed`): opens
 * Payload as `npm start` would, runs `work`, closes the database, and exits with its code, or 1
 * with the error's message.
 */
export const runCommand = (work: (payload: Payload) => Promise<number>): void => {
  const run = async (): Promise<number> => {
    const { payload, close } = await openPayload()
    try {
      return await work(payload)
    } finally {
      await close()
    }
  }
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
