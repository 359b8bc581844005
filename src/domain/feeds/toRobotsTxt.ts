/** robots.txt: the admin is no place for crawlers, and the sitemaps say where the stories are. */
export const toRobotsTxt = ({
  disallow,
  sitemapUrls,
}: {
  disallow: readonly string[]
  sitemapUrls: readonly string[]
}): string =>
  [
    'User-agent: *',
    ...(disallow.length === 0 ? ['Disallow:'] : disallow.map((path) => `Disallow: ${path}`)),
    '',
    ...sitemapUrls.map((url) => `Sitemap: ${url}`),
    '',
  ].join('\n')
