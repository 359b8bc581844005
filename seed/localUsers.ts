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

/**
 * The first admin of a deployment, from SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD: a deployment
 * generates no password and opens no registration, so the operator names the first account.
 * Undefined when either is unset (the start then says how to create one).
 */
export const firstAdminFromSettings = (
  env: Env,
): { email: string; password: string } | undefined => {
  const email = env.SEED_ADMIN_EMAIL?.trim()
  const password = env.SEED_ADMIN_PASSWORD
  return email && password ? { email, password } : undefined
}

/** Creates an admin account (the command `npm run create-admin`, and a deployment's first start). */
export const createAdmin = async (
  payload: Payload,
  { email, password, name = 'Administrator' }: { email: string; password: string; name?: string },
): Promise<LocalUser> => {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  if (totalDocs > 0) throw new Error(`An account with the email ${email} exists already`)
  await payload.create({
    collection: 'users',
    data: { email, password, name, role: 'admin' },
    overrideAccess: true,
  })
  return { email, role: 'admin' }
}
