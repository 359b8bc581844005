import type { GeneratePreviewURL, LivePreviewConfig, Payload } from 'payload'

import { isStaffUser } from '../access/roles'
import { SITE_PATHS } from '../domain/site/paths'
import { previewExpiry, signPreviewToken } from '../domain/site/previewToken'

type Identified = { id?: unknown; slug?: unknown }
type MaybeUser = { id?: unknown; role?: null | string } | null | undefined

/** The query parameter a preview link carries its token in. */
export const PREVIEW_PARAMETER = 'preview'

const isId = (value: unknown): value is number | string =>
  typeof value === 'number' || (typeof value === 'string' && value !== '')

/**
 * The story's page on this server with a token that lets whoever holds the link read that one
 * story's latest draft, as `user` may, for half an hour or so. Null for a story not saved yet or
 * a user who may not read drafts.
 */
export const storyPreviewUrl = (
  payload: Payload,
  article: Identified,
  user: MaybeUser,
  now = Date.now(),
): null | string => {
  if (!isId(article.id) || !isStaffUser(user) || !isId(user?.id)) return null
  const token = signPreviewToken(payload.secret, {
    articleId: String(article.id),
    userId: String(user.id),
    expiresAt: previewExpiry(now),
  })
  const slug = typeof article.slug === 'string' && article.slug !== '' ? article.slug : article.id
  const path = `${SITE_PATHS.article(String(slug))}?${PREVIEW_PARAMETER}=${token}`
  return `${payload.config.serverURL}${path}`
}

/** The Preview button of a story in the admin. */
export const articlePreviewUrl: GeneratePreviewURL = (doc, { req }) =>
  storyPreviewUrl(req.payload, doc, req.user)

/** Live preview: the same page beside the form, refreshed after each save (see the page's script). */
export const articleLivePreviewUrl: NonNullable<LivePreviewConfig['url']> = ({ data, req }) =>
  storyPreviewUrl(req.payload, data, req.user) ?? undefined
