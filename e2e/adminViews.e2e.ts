import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { launchChromium, logIn, newSession, screenshotsFor } from './support/browser'
import { ACCOUNTS, startNewsroom } from './support/newsroomServer'
import type { NewsroomServer } from './support/newsroomServer'
import { idBySlug, restAs } from './support/restApi'
import type { Rest } from './support/restApi'

const SEED_SLUG = 'nato-russia-still-at-odds-over-missile-shield-in-europe'

/** Every collection the admin's menu shows an admin. */
const COLLECTIONS = [
  'articles',
  'editorial-log',
  'media',
  'people',
  'organizations',
  'tags',
  'sections',
  'users',
  'preview-keys',
]

/**
 * The admin as it ships, collection by collection: it must never send a request the API
 * refuses, relationship columns name what they point at, and rows say what they hold.
 */
describe('every admin view', () => {
  let server: NewsroomServer
  let browser: Browser
  let admin: BrowserContext
  let page: Page
  let asAdmin: Rest
  const refused: string[] = []
  const { shoot } = screenshotsFor('admin-views')

  /**
   * Waits until the admin has nothing in flight, so every request it sends is counted; one it
   * keeps retrying never lets it rest, and shows among the refused requests after 15 s.
   */
  const settle = () =>
    page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)

  beforeAll(async () => {
    server = await startNewsroom()
    browser = await launchChromium()
    admin = await newSession(browser, server.url)
    page = await logIn(admin, ACCOUNTS.admin)
    asAdmin = await restAs(server.url, ACCOUNTS.admin)
    page.on('response', (response: Response) => {
      const url = new URL(response.url())
      if (url.origin !== server.url || response.status() < 400) return
      refused.push(
        `${response.status()} ${response.request().method()} ${url.pathname}${url.search}`,
      )
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  test.each(COLLECTIONS)(
    '%s: the list view and an edit view load with no request refused',
    async (collection) => {
      const before = refused.length
      await page.goto(`/admin/collections/${collection}`)
      await page.locator('.collection-list').first().waitFor()
      await settle()
      await shoot(page, `${collection}-list`)
      const firstRow = page.locator('tbody tr a').first()
      if ((await firstRow.count()) > 0) {
        await firstRow.click()
        await page.waitForURL(new RegExp(`/admin/collections/${collection}/[^/?]+$`))
      } else {
        await page.goto(`/admin/collections/${collection}/create`)
      }
      await page.locator('.document-fields, .collection-edit').first().waitFor()
      await settle()
      await shoot(page, `${collection}-edit`)
      expect(refused.slice(before)).toEqual([])
    },
  )

  test('relationship columns show names, not ids', async () => {
    await page.goto('/admin/collections/articles')
    const section = page
      .locator('tbody tr', { hasText: 'NATO, Russia Still at Odds' })
      .locator('.cell-section')
    await section.waitFor()
    await settle()
    await shoot(page, 'articles-list-section-column')
    expect(await section.textContent()).toBe('World')

    await page.goto('/admin/collections/organizations')
    const parent = page
      .locator('tbody tr', { hasText: 'NATO-Russia Council' })
      .locator('.cell-parent')
    await parent.waitFor()
    await settle()
    expect(await parent.textContent()).toBe('NATO')
  })

  test('quote rows say who spoke and how the quote starts', async () => {
    const id = await idBySlug(asAdmin, 'articles', SEED_SLUG)
    await page.goto(`/admin/collections/articles/${id}`)
    const labels = page.locator('#field-quotes .quote-row-label')
    await labels.first().waitFor()
    await page
      .locator('#field-quotes .quote-row-label', { hasText: 'Sergey Lavrov: “Apart from general' })
      .waitFor()
    const texts = await labels.allTextContents()
    // One row per quote the importer stored (unnamed sources included), each labelled.
    const { quotes } = await asAdmin<{ quotes: unknown[] }>(
      'GET',
      `/articles/${id}?depth=0&draft=true`,
    )
    expect(quotes.length).toBeGreaterThanOrEqual(12)
    expect(texts).toHaveLength(quotes.length)
    expect(texts[0]).toBe("Anders Fogh Rasmussen: “On missile defense, we don't agree yet”")
    expect(texts.filter((text) => text.startsWith('Quote '))).toEqual([])
    await page.locator('#field-quotes').scrollIntoViewIfNeeded()
    await shoot(page, 'quote-row-labels')
  })

  test('position rows show the title and years, and their dates the year', async () => {
    const id = await idBySlug(asAdmin, 'people', 'sergey-lavrov')
    await page.goto(`/admin/collections/people/${id}`)
    const label = page.locator('#field-positions .position-row-label').first()
    await label.waitFor()
    expect(await label.textContent()).toBe('Minister of Foreign Affairs of Russia, since 2004')
    // The date pickers render after the row labels: waited for, not read at once (a busy machine
    // read none).
    const firstDate = page.locator('#field-positions .date-time-picker input').first()
    await expect.poll(() => firstDate.inputValue()).toMatch(/2004/)
    await shoot(page, 'position-row-labels')
  })
})
