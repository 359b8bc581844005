/**
 * Makes sure the bench database has the synthetic editor the saves-during-reads run signs in as
 * (created, or its password set again), through Payload's Local API before the server starts:
 * the REST API lets only an admin create staff, and the bench knows no admin's password.
 */
import { BENCH_EDITOR } from './saves'
import { runWithPayload } from './withPayload'

runWithPayload('Bench editor', async (payload) => {
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
})
