import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '../src/access/roles'

type Env = Record<string, string | undefined>

export interface LocalUser {
  email: string
  role: Role
  /** Only when generated: printed once, never stored in plain text. */
  password?: string
}

// The admin comes first: the very first account is made an admin whatever it asks for.
const LOCAL_ROLES: Role[] = ['admin', 'editor', 'writer']

const generatedPassword = (): string => randomBytes(15).toString('base64url')

/**
 * One account per role for a developer's machine, emails and passwords from
 * SEED_<ROLE>_EMAIL / SEED_<ROLE>_PASSWORD or defaults and generated passwords.
 */
export const createLocalUsers = async (payload: Payload, env: Env): Promise<LocalUser[]> => {
  const users: LocalUser[] = []
  for (const role of LOCAL_ROLES) {
    const prefix = `SEED_${role.toUpperCase()}`
    const email = env[`${prefix}_EMAIL`] || `${role}@newsroom.local`
    const givenPassword = env[`${prefix}_PASSWORD`]
    const password = givenPassword || generatedPassword()
    await payload.create({
      collection: 'users',
      data: { email, password, role, name: `Local ${role}` },
      overrideAccess: true,
    })
    users.push(givenPassword ? { email, role } : { email, role, password })
  }
  return users
}
