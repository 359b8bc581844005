import { describe, expect, test } from 'vitest'

import { FEED_PATHS, isKeptFeedPath } from './paths'

describe('FEED_PATHS', () => {
  test.each([
    [FEED_PATHS.siteFeed, '/feed.xml'],
    [FEED_PATHS.subjectFeed('sections', 'world'), '/sections/world/feed.xml'],
    [FEED_PATHS.subjectFeed('tags', 'missile defense'), '/tags/missile%20defense/feed.xml'],
    [FEED_PATHS.subjectFeed('people', 'sergey-lavrov'), '/people/sergey-lavrov/feed.xml'],
    [FEED_PATHS.subjectPage('people', 'sergey-lavrov'), '/people/sergey-lavrov'],
    [FEED_PATHS.sitemapPage(3), '/sitemaps/articles-3.xml'],
  ])('%s is %s', (path, expected) => {
    expect(path).toBe(expected)
  })
})

describe('isKeptFeedPath', () => {
  test.each([
    ['/feed.xml', true],
    ['/feed.xml?utm_source=x', true],
    ['/FEED.XML', true],
    ['/sections/world/feed.xml', true],
    ['/tags/missile-defense/feed.xml', true],
    ['/people/sergey-lavrov/feed.xml', true],
    ['/sitemap.xml', true],
    ['/sitemaps/articles-12.xml', true],
    // Moves with the clock, not only with content.
    ['/news-sitemap.xml', false],
    ['/robots.txt', false],
    ['/sections/world', false],
    ['/organizations/nato/feed.xml', false],
    ['/sections/a/b/feed.xml', false],
    ['/sitemaps/articles-x.xml', false],
    ['/articles/feed.xml', false],
    ['/admin', false],
  ])('%s: %s', (url, expected) => {
    expect(isKeptFeedPath(url)).toBe(expected)
  })
})
