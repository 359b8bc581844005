/** The newsroom's staff roles, from most to least powerful. */
export const ROLES = ['admin', 'editor', 'writer'] as const
export type Role = (typeof ROLES)[number]

/** The auth collection of read-only preview keys (see collections/PreviewKeys.ts). */
export const PREVIEW_KEYS_SLUG = 'preview-keys'

type MaybeUser = { collection?: string; role?: null | string } | null | undefined

/** Only staff accounts carry a role; a preview key never has one, so it never passes these. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  roles.some((role) => role === user?.role)

/** Staff is anyone with a newsroom role. */
export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, ...ROLES)

export const isEditorUser = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')

export const isPreviewKey = (user: MaybeUser): boolean => user?.collection === PREVIEW_KEYS_SLUG

/** Who may read unpublished work: staff, and front ends previewing drafts with a preview key. */
export const canReadDrafts = (user: MaybeUser): boolean => isStaffUser(user) || isPreviewKey(user)
