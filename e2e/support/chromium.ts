import { existsSync } from 'node:fs'

/** Debian's Chromium; Playwright's own browser download does not work on our machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const assertChromium = (): void => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}, and it is not there. Install it with ` +
        '`apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH to another Chromium).',
    )
  }
}
