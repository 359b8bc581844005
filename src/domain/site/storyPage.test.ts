import { describe, expect, test } from 'vitest'

import { toNewsArticleJsonLd } from '../publishing'
import type { PublishableArticle } from '../publishing'
import { creditedAuthors, joinNames } from '../publishing/creditedAuthors'
import { TEST_CONTEXT, seedArticle } from '../publishing/seedArticle.testing'
import { storyPage } from './storyPage'
import type { SiteView, StoryView } from './types'

const SITE: SiteView = {
  publication: TEST_CONTEXT,
  adminPath: '/admin',
  sections: [{ name: 'World', slug: 'world' }],
}

const seed = seedArticle()

const viewOf = (article: PublishableArticle, overrides: Partial<StoryView> = {}): StoryView => {
  const people = (article.people ?? []).map(({ name, slug }) => ({ name, slug }))
  return {
    article,
    authors: [],
    people,
    sectionSlug: 'world',
    quotes: (article.quotes ?? []).map((quote) => ({
      text: quote.text,
      speaker: people.find((person) => person.slug === quote.speakerSlug),
    })),
    isPreview: false,
    ...overrides,
  }
}

const page = storyPage(viewOf(seed), SITE)

const jsonLdIn = (markup: string): unknown => {
  const found = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(markup)
  return found ? JSON.parse(found[1]!) : undefined
}

const metaContent = (markup: string, key: string): string[] =>
  [...markup.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)">/g)]
    .filter((match) => match[1] === key)
    .map((match) => match[2]!)

describe('a story’s page', () => {
  test('carries the NewsArticle JSON-LD the publishing mapping gives for the story', () => {
    expect(jsonLdIn(page)).toEqual(toNewsArticleJsonLd(seed, TEST_CONTEXT))
  })

  test.each<[key: string, expected: string[]]>([
    ['og:type', ['article']],
    ['og:title', [seed.headline]],
    ['og:url', [TEST_CONTEXT.articleUrl(seed.slug)]],
    ['og:site_name', ['Newsroom']],
    ['og:image', [seed.leadImage!.url]],
    ['og:image:width', ['1200']],
    ['article:published_time', [new Date(seed.publishedAt).toISOString()]],
    ['article:section', [seed.section!]],
    ['article:tag', (seed.tags ?? []).map((tag) => tag.name)],
    ['twitter:card', ['summary_large_image']],
    ['twitter:title', [seed.headline]],
  ])('its %s meta tag is right', (key, expected) => {
    expect(metaContent(page, key)).toEqual(expected)
  })

  test('its canonical URL is the story’s address on the site, as in the JSON-LD', () => {
    expect(page).toContain(`<link rel="canonical" href="${TEST_CONTEXT.articleUrl(seed.slug)}">`)
  })

  test('the description is the opening of the story, cut short', () => {
    const [description] = metaContent(page, 'description')
    expect(description!.length).toBeLessThanOrEqual(200)
    const text = description!
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
    expect(seed.paragraphs![0]!.startsWith(text.replace(/…$/, ''))).toBe(true)
  })

  test('a wire story without a byline is credited as the JSON-LD credits it', () => {
    const credit = joinNames(creditedAuthors(seed, TEST_CONTEXT).map((credit) => credit.name))
    expect(page).toContain(`<p class="byline">By ${credit} · <time`)
  })

  test('a bylined story links each author to their page', () => {
    const authors = [
      { name: 'Jane Doe', slug: 'jane-doe' },
      { name: 'Ivan Petrov', slug: 'ivan-petrov' },
    ]
    expect(storyPage(viewOf(seed, { authors }), SITE)).toContain(
      '<p class="byline">By <a rel="author" href="/people/jane-doe">Jane Doe</a> and <a rel="author" href="/people/ivan-petrov">Ivan Petrov</a> · ',
    )
  })

  test('every attributed quote is a <q> citing its speaker’s page', () => {
    const marked = [...page.matchAll(/<q cite="\/people\/([^"]+)" data-speaker="([^"]+)">/g)]
    const attributed = (seed.quotes ?? []).filter((quote) => quote.speakerSlug)
    expect(marked.map((match) => match[1])).toEqual(attributed.map((quote) => quote.speakerSlug))
    expect(marked.map((match) => match[2])).toContain('Sergey Lavrov')
  })

  test('corrections are printed under the story, oldest first', () => {
    const corrected = storyPage(
      viewOf({
        ...seed,
        corrections: [
          { text: 'Second correction.', date: '2011-12-10T08:00:00Z' },
          { text: 'First correction.', date: '2011-12-09T09:00:00Z' },
        ],
      }),
      SITE,
    )
    const body = corrected.indexOf('<div class="body">')
    // After the body: the JSON-LD in the head names them too.
    const first = corrected.indexOf('First correction.', body)
    const second = corrected.indexOf('Second correction.', body)
    expect(body).toBeGreaterThan(0)
    expect(first).toBeGreaterThan(body)
    expect(second).toBeGreaterThan(first)
    expect(corrected).toContain('<h2 id="corrections">Corrections</h2>')
    expect(page).not.toContain('id="corrections"')
  })

  test('tags and people link to their pages, the section to its front', () => {
    const tag = seed.tags![0]!
    expect(page).toContain(`<a rel="tag" href="/tags/${tag.slug}">${tag.name}</a>`)
    expect(page).toContain('<a href="/people/sergey-lavrov">Sergey Lavrov</a>')
    expect(page).toContain(`<p class="kicker"><a href="/sections/world">${seed.section}</a></p>`)
  })

  test('a published page is indexed and has no preview banner or script', () => {
    expect(metaContent(page, 'robots')).toEqual([])
    expect(page).not.toContain('class="preview-banner"')
    expect(page).not.toContain('<script>')
  })

  test('a preview is kept out of search engines, says it is a draft, and refreshes itself', () => {
    const preview = storyPage(viewOf(seed, { isPreview: true }), SITE)
    expect(metaContent(preview, 'robots')).toEqual(['noindex'])
    expect(preview).toContain('data-preview="draft"')
    expect(preview).toContain(`href="/admin/collections/articles/${seed.id}"`)
    expect(preview).toContain("'payload-document-event'")
  })

  test('whatever an editor typed is text, never markup', () => {
    const hostile = storyPage(
      viewOf({
        ...seed,
        headline: '</title><script>alert(1)</script>',
        standfirst: '"><img src=x onerror=alert(1)>',
        paragraphs: ['<iframe src="//evil">'],
      }),
      SITE,
    )
    expect(hostile).not.toMatch(/<script>alert|<img src=x|<iframe/)
    expect(hostile).toContain('<h1>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>')
    expect(jsonLdIn(hostile)).toMatchObject({ headline: '</title><script>alert(1)</script>' })
  })
})
