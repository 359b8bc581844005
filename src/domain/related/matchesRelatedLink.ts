import { slugify } from '../slug'

/** What a hand-picked external link can be matched against once its story is in the CMS. */
export interface RelatedLinkTarget {
  headline: string
  slug: string
  url?: string | null
}

export interface ExternalRelatedLink {
  title?: string | null
  url?: string | null
}

const normalizeUrl = (url: string): string | null => {
  try {
    const parsed = new URL(url.trim())
    const host = parsed.host.toLowerCase().replace(/^www\./, '')
    return `${host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`
  } catch {
    return null
  }
}

/** The last path segment of a URL as a slug: ".../nato-russia-still-at-odds.html" → "nato-russia-still-at-odds". */
export const slugOfUrl = (url: string): string | null => {
  try {
    const segment = new URL(url.trim()).pathname.split('/').filter(Boolean).at(-1)
    return segment ? slugify(decodeURIComponent(segment).replace(/\.[a-z]{2,5}$/i, '')) : null
  } catch {
    return null
  }
}

const normalizeTitle = (title: string): string => title.replace(/\s+/g, ' ').trim()

/**
 * True when an external related link names the target story: the same URL (ignoring scheme,
 * "www." and a trailing slash), a URL ending in the target's slug, or exactly the same title.
 */
export const matchesRelatedLink = (
  link: ExternalRelatedLink,
  target: RelatedLinkTarget,
): boolean => {
  if (link.url) {
    const linkUrl = normalizeUrl(link.url)
    if (linkUrl !== null && target.url && linkUrl === normalizeUrl(target.url)) return true
    if (target.slug !== '' && slugOfUrl(link.url) === target.slug) return true
  }
  return (
    !!link.title &&
    normalizeTitle(link.title) !== '' &&
    normalizeTitle(link.title) === normalizeTitle(target.headline)
  )
}
