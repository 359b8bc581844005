import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium'

/** Git-ignored; every step of every scenario leaves a picture here. */
export const SCREENSHOT_DIR = path.resolve('e2e-results', 'screenshots')

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true })

/** Numbered screenshots for one test file, in the order the steps happened (this run's only). */
export const screenshotsFor = (suite: string) => {
  const dir = path.join(SCREENSHOT_DIR, suite)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  let step = 0
  const taken: string[] = []
  const shoot = async (page: Page, name: string): Promise<void> => {
    step += 1
    const file = path.join(dir, `${String(step).padStart(2, '0')}-${name}.png`)
    await page.screenshot({ path: file, fullPage: true })
    taken.push(file)
  }
  return { shoot, taken }
}

/** A fresh browser session (its own cookies) for one person. */
export const newSession = async (browser: Browser, baseURL: string): Promise<BrowserContext> => {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 1000 } })
  context.setDefaultTimeout(30_000)
  context.setDefaultNavigationTimeout(60_000)
  return context
}

/** Signs in through the admin's own login form and waits for the dashboard. */
export const logIn = async (
  context: BrowserContext,
  account: { email: string; password: string },
): Promise<Page> => {
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(account.email)
  await page.locator('#field-password').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
  await page.locator('nav').first().waitFor()
  return page
}
