import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { richTextFromParagraphs } from '../src/domain/richText'
import { launchChromium, logIn, newSession, screenshotsFor } from './support/browser'
import { ACCOUNTS, startNewsroom } from './support/newsroomServer'
import type { NewsroomServer } from './support/newsroomServer'
import { idBySlug, restAs } from './support/restApi'
import type { Rest } from './support/restApi'

const SEED_HEADLINE = 'NATO, Russia Still at Odds over Missile Shield in Europe'
const SEED_SLUG = 'nato-russia-still-at-odds-over-missile-shield-in-europe'

/** What readers see, and what a writer sees of a draft before readers do. */
describe('the reader site, preview and live preview', () => {
  let server: NewsroomServer
  let browser: Browser
  let reader: BrowserContext
  let writer: BrowserContext
  let writerPage: Page
  let asWriter: Rest
  const { shoot } = screenshotsFor('reader-site')

  /** A writer's draft, filed over REST as the admin's form would. */
  const fileDraft = async (headline: string): Promise<number> => {
    const { doc } = await asWriter<{ doc: { id: number } }>('POST', '/articles?draft=true', {
      headline,
      standfirst: 'The council voted 31 to 12 after a four-hour debate.',
      body: richTextFromParagraphs([
        'The city council approved the new tram line on Tuesday.',
        '"This is the day the east side joins the city," the mayor said.',
      ]),
      tags: [await idBySlug(asWriter, 'tags', 'russia')],
    })
    return doc.id
  }

  beforeAll(async () => {
    server = await startNewsroom()
    browser = await launchChromium()
    reader = await newSession(browser, server.url)
    writer = await newSession(browser, server.url)
    writerPage = await logIn(writer, ACCOUNTS.writer)
    asWriter = await restAs(server.url, ACCOUNTS.writer)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  test('a newcomer’s first page is the reader site with the seed story, and it reads', async () => {
    const page = await reader.newPage()
    const home = await page.goto('/')
    expect(home?.status()).toBe(200)
    const story = page.getByRole('link', { name: SEED_HEADLINE })
    await story.waitFor()
    expect(await page.locator('a.staff-link').getAttribute('href')).toBe('/admin')
    await shoot(page, 'home-page')

    await story.click()
    await page.waitForURL(`**/articles/${SEED_SLUG}`)
    expect(await page.locator('h1').textContent()).toBe(SEED_HEADLINE)
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as { '@type'?: string; url?: string }
    expect(jsonLd['@type']).toBe('NewsArticle')
    expect(jsonLd.url).toBe(`${server.url}/articles/${SEED_SLUG}`)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(jsonLd.url)
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      SEED_HEADLINE,
    )
    expect(await page.locator('q[data-speaker="Sergey Lavrov"]').count()).toBeGreaterThan(0)
    await shoot(page, 'story-page')
    await page.close()
  })

  test('a section, a tag and a person each have a page listing the story', async () => {
    const page = await reader.newPage()
    await page.goto(`/articles/${SEED_SLUG}`)
    for (const [link, name] of [
      [page.locator('.kicker a').first(), 'section-page'],
      [page.locator('a[rel="tag"]').first(), 'tag-page'],
      [page.locator('.topics a[href="/people/sergey-lavrov"]'), 'person-page'],
    ] as const) {
      await page.goto(`/articles/${SEED_SLUG}`)
      await link.click()
      await page.getByRole('link', { name: SEED_HEADLINE }).waitFor()
      await shoot(page, name)
    }
    await page.close()
  })

  test('a writer previews a draft; the same URL without its token is a 404', async () => {
    const headline = 'Council approves the east side tram line'
    const id = await fileDraft(headline)
    await writerPage.goto(`/admin/collections/articles/${id}`)
    const [preview] = await Promise.all([
      writer.waitForEvent('page'),
      writerPage.locator('#preview-button').click(),
    ])
    await preview.locator('[data-preview="draft"]').waitFor()
    expect(await preview.locator('h1').textContent()).toBe(headline)
    const url = new URL(preview.url())
    expect(url.searchParams.get('preview')).toMatch(/^\d+\.\d+\.\d+\.[A-Za-z0-9_-]{43}$/)
    await shoot(preview, 'preview-of-a-draft')

    const anonymous = await reader.newPage()
    const withoutToken = await anonymous.goto(`${url.origin}${url.pathname}`)
    expect(withoutToken?.status()).toBe(404)
    expect(await anonymous.locator('h1').textContent()).toBe('Page not found')
    expect(await anonymous.content()).not.toContain(headline)
    await shoot(anonymous, 'same-url-without-token-404')
    await anonymous.close()
    await preview.close()
  })

  test('live preview shows the page beside the form and follows the writer’s typing', async () => {
    const id = await fileDraft('Tram line vote expected on Tuesday')
    await writerPage.goto(`/admin/collections/articles/${id}`)
    await writerPage.locator('#live-preview-toggler').click()
    const frame = writerPage.frameLocator('#live-preview-iframe')
    await frame.locator('h1', { hasText: 'Tram line vote expected on Tuesday' }).waitFor()
    await shoot(writerPage, 'live-preview-open')

    const typed = 'Tram line approved after a four-hour debate'
    const headline = writerPage.locator('#field-headline')
    await headline.fill('')
    await headline.pressSequentially(typed, { delay: 20 })
    // Autosave runs within seconds; the frame then re-reads the saved draft.
    await frame.locator('h1', { hasText: typed }).waitFor({ timeout: 60_000 })
    expect(await frame.locator('[data-preview="draft"]').count()).toBe(1)
    await shoot(writerPage, 'live-preview-after-typing')
  })
})
