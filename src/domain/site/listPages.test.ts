import { describe, expect, test } from 'vitest'

import { TEST_CONTEXT } from '../publishing/seedArticle.testing'
import { homePage, notFoundPage, personPage, previewRefusedPage, sectionPage } from './listPages'
import type { SiteView, StorySummary } from './types'

const SITE: SiteView = {
  publication: TEST_CONTEXT,
  adminPath: '/admin',
  sections: [
    { name: 'Europe', slug: 'europe' },
    { name: 'World', slug: 'world' },
  ],
}

const STORIES: StorySummary[] = [
  {
    headline: 'NATO, Russia Still at Odds',
    slug: 'nato-russia',
    standfirst: 'No deal on missile defence.',
    publishedAt: '2011-12-08T14:58:00.000Z',
    section: { name: 'World', slug: 'world' },
  },
  { headline: 'Tram line <reopens>', slug: 'tram-line' },
]

describe('the home page', () => {
  const page = homePage(STORIES, SITE)

  test('lists the latest stories with their sections and dates, linked to their pages', () => {
    expect(page).toContain(
      '<h2><a href="/articles/nato-russia">NATO, Russia Still at Odds</a></h2>',
    )
    expect(page).toContain('<h2><a href="/articles/tram-line">Tram line &lt;reopens&gt;</a></h2>')
    expect(page).toContain('<p class="kicker"><a href="/sections/world">World</a></p>')
    expect(page).toContain(
      '<time datetime="2011-12-08T14:58:00.000Z">8 December 2011, 14:58 UTC</time>',
    )
  })

  test('links every section and, for staff, the admin', () => {
    expect(page).toContain(
      '<nav class="sections" aria-label="Sections"><a href="/sections/europe">Europe</a><a href="/sections/world">World</a></nav>',
    )
    expect(page).toContain('<a class="staff-link" href="/admin">')
  })

  test('names the site’s feed', () => {
    expect(page).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Newsroom (RSS)" href="/feed.xml">',
    )
  })

  test('is the site’s own canonical address', () => {
    expect(page).toContain('<link rel="canonical" href="https://news.example.com/">')
    expect(page).toContain('<meta property="og:type" content="website">')
  })

  test('says so when nothing is published yet', () => {
    expect(homePage([], SITE)).toContain('No published stories yet.')
  })
})

describe('list pages', () => {
  test('a section’s page is titled and addressed by the section', () => {
    const page = sectionPage(
      { name: 'World', slug: 'world', description: 'Abroad.' },
      STORIES,
      SITE,
    )
    expect(page).toContain('<title>World · Newsroom</title>')
    expect(page).toContain('<h1>World</h1>')
    expect(page).toContain('<link rel="canonical" href="https://news.example.com/sections/world">')
    expect(page).toContain(
      '<link rel="alternate" type="application/rss+xml" title="World · Newsroom (RSS)" href="/sections/world/feed.xml">',
    )
  })

  test('a person’s page lists their positions with the years held', () => {
    const page = personPage(
      {
        name: 'Sergey Lavrov',
        slug: 'sergey-lavrov',
        description: 'Foreign Minister of Russia',
        positions: [
          { title: 'Foreign Minister', organization: 'Government of Russia', from: '2004-03-09' },
          { title: 'Ambassador to the UN', from: '1994-04-01', to: '2004-03-09' },
        ],
      },
      STORIES,
      SITE,
    )
    expect(page).toContain('<li>Foreign Minister, Government of Russia (since 2004)</li>')
    expect(page).toContain('<li>Ambassador to the UN (1994–2004)</li>')
    expect(page).toContain('<meta property="og:type" content="profile">')
  })
})

describe('pages that refuse', () => {
  test('not found is not indexed and names the path, escaped', () => {
    const page = notFoundPage('/articles/<x>', SITE)
    expect(page).toContain('<meta name="robots" content="noindex">')
    expect(page).toContain('<code>/articles/&lt;x&gt;</code>')
  })

  test('a refused preview says why and where to get a new link', () => {
    const page = previewRefusedPage('/articles/x', 'This preview link has expired.', SITE)
    expect(page).toContain('This preview link has expired. Open the story in the admin')
  })
})
