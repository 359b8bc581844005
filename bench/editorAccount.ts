/**
 * Makes sure the bench database has the synthetic editor the saves-during-reads run signs in as
 * (created, or its password set again), through Payload's Local API before the server starts:
 * the REST API lets only an admin create staff, and the bench knows no admin's password.
 */
import { getPayload } from 'payload'

import { releaseConnections } from '../src/database'
import { BENCH_EDITOR } from './saves'

const main = async (): Promise<void> => {
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  try {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: BENCH_EDITOR.email } },
      limit: 1,
      overrideAccess: true,
    })
    const existing = found.docs[0]
    const data = { ...BENCH_EDITOR, role: 'editor' as const }
    if (existing) {
      await payload.update({ collection: 'users', id: existing.id, data, overrideAccess: true })
    } else {
      await payload.create({ collection: 'users', data, overrideAccess: true })
    }
    console.log(JSON.stringify({ editor: BENCH_EDITOR.email, created: !existing }))
  } finally {
    await payload.destroy()
    await releaseConnections(payload.db)
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Bench editor: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
