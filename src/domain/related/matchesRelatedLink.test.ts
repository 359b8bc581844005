import { describe, expect, test } from 'vitest'

import { matchesRelatedLink } from './matchesRelatedLink'
import type { ExternalRelatedLink } from './matchesRelatedLink'

const TARGET = {
  headline: 'NATO, Russia Still at Odds over Missile Shield in Europe',
  slug: 'nato-russia-still-at-odds-over-missile-shield-in-europe',
  url: 'https://www.novinite.com/articles/134567',
}

describe('matchesRelatedLink', () => {
  test.each<[label: string, link: ExternalRelatedLink, expected: boolean]>([
    ['the same URL', { url: 'https://www.novinite.com/articles/134567' }, true],
    [
      'the same URL without www and with a slash',
      { url: 'http://novinite.com/articles/134567/' },
      true,
    ],
    ['another URL on the same site', { url: 'https://www.novinite.com/articles/134568' }, false],
    [
      'a URL ending in the slug',
      {
        url: 'https://example.org/world/nato-russia-still-at-odds-over-missile-shield-in-europe.html',
      },
      true,
    ],
    ['exactly the same title', { title: TARGET.headline }, true],
    [
      'the same title with extra spaces',
      { title: `  ${TARGET.headline.replace(' ', '  ')} ` },
      true,
    ],
    ['a title that differs in case', { title: TARGET.headline.toUpperCase() }, false],
    ['a title that is only part of the headline', { title: 'NATO, Russia Still at Odds' }, false],
    ['an empty link', { title: '', url: null }, false],
    ['a malformed URL', { url: 'not a url' }, false],
  ])('%s → %s', (_label, link, expected) => {
    expect(matchesRelatedLink(link, TARGET)).toBe(expected)
  })

  test('a target without a URL is matched by slug or title only', () => {
    expect(matchesRelatedLink({ url: TARGET.url }, { ...TARGET, url: null })).toBe(false)
  })
})
