/**
 * `npm run create-admin`: creates an admin account, the way to a deployment's first account (or a
 * new one when every admin has left). The email comes from --email or SEED_ADMIN_EMAIL, the
 * password from SEED_ADMIN_PASSWORD only, so it stays out of the shell's history.
 *
 *   SEED_ADMIN_PASSWORD='…' npm run create-admin -- --email editor-in-chief@example.org
 */
import { parseArgs } from 'node:util'

import { runCommand } from '../src/importing/runCommand'
import { createAdmin } from './localUsers'

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' } },
})
const email = values.email ?? process.env.SEED_ADMIN_EMAIL
const password = process.env.SEED_ADMIN_PASSWORD
if (!email || !password) {
  console.error(
    'Give the email (--email or SEED_ADMIN_EMAIL) and the password in SEED_ADMIN_PASSWORD.',
  )
  process.exit(2)
}
runCommand(async (payload) => {
  await createAdmin(payload, { email, password, name: values.name })
  console.log(`Created the admin ${email}; sign in at ${payload.config.serverURL}/admin`)
  return 0
})
