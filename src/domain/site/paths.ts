import { FEED_PATHS } from '../feeds/paths'

/**
 * Where each reader page lives. Links inside pages use these paths, so they stay on the server
 * that answered; canonical and shared URLs put the site's origin (SITE_URL) in front. A section's,
 * tag's or person's page is where its feed sits under (src/domain/feeds/paths.ts).
 */
export const SITE_PATHS = {
  home: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  section: (slug: string) => FEED_PATHS.subjectPage('sections', slug),
  tag: (slug: string) => FEED_PATHS.subjectPage('tags', slug),
  person: (slug: string) => FEED_PATHS.subjectPage('people', slug),
} as const

/** The absolute URL of a path on the site, e.g. for `<link rel="canonical">`. */
export const siteUrlOf = (siteUrl: string, path: string): string =>
  `${siteUrl.replace(/\/+$/, '')}${path}`
