/**
 * Where each reader page lives. Links inside pages use these paths, so they stay on the server
 * that answered; canonical and shared URLs put the site's origin (SITE_URL) in front.
 */
export const SITE_PATHS = {
  home: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  section: (slug: string) => `/sections/${encodeURIComponent(slug)}`,
  tag: (slug: string) => `/tags/${encodeURIComponent(slug)}`,
  person: (slug: string) => `/people/${encodeURIComponent(slug)}`,
} as const

/** The absolute URL of a path on the site, e.g. for `<link rel="canonical">`. */
export const siteUrlOf = (siteUrl: string, path: string): string =>
  `${siteUrl.replace(/\/+$/, '')}${path}`
