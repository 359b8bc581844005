/** The newsroom's staff roles, from most to least powerful. */
export const ROLES = ['admin', 'editor', 'writer'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { role?: null | string } | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  roles.some((role) => role === user?.role)

/** Staff is anyone with a newsroom role; the API has no other kind of logged-in user. */
export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, ...ROLES)
