import { expect, test } from 'vitest'

import { toRobotsTxt } from './toRobotsTxt'

test.each([
  [
    'the admin disallowed, both sitemaps named',
    {
      disallow: ['/admin'],
      sitemapUrls: ['https://x.org/sitemap.xml', 'https://x.org/news-sitemap.xml'],
    },
    'User-agent: *\nDisallow: /admin\n\nSitemap: https://x.org/sitemap.xml\nSitemap: https://x.org/news-sitemap.xml\n',
  ],
  ['nothing disallowed', { disallow: [], sitemapUrls: [] }, 'User-agent: *\nDisallow:\n\n'],
])('%s', (_name, input, expected) => {
  expect(toRobotsTxt(input)).toBe(expected)
})
