import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'

export const PASSWORD = 'correct horse battery staple'

/** Creates a staff account directly, as an admin would. The first account is always an admin. */
export const createUser = async (
  payload: Payload,
  role: Role,
  email = `${role}@newsroom.test`,
): Promise<User> =>
  payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: `Test ${role}`, role },
    overrideAccess: true,
  })

/** One account per role, admin first. */
export const createStaff = async (payload: Payload) => ({
  admin: await createUser(payload, 'admin'),
  editor: await createUser(payload, 'editor'),
  writer: await createUser(payload, 'writer'),
})
