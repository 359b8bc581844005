import type { Page } from 'playwright-core'

import type { Rest } from './restApi'

/** Payload's relationship picker: open it, type, and choose the option that appears. */
export const pickRelation = async (
  page: Page,
  field: string,
  typed: string,
  option: string,
): Promise<void> => {
  const picker = page.locator(`#field-${field}`)
  await picker.locator('.rs__control').click()
  await page.keyboard.type(typed)
  // The picker searches as you type; the option appears once the server has answered.
  await page.locator('.rs__option', { hasText: option }).first().click()
  await picker.locator('.rs__value-container', { hasText: option }).waitFor()
}

/** Waits for the article save the admin sends, and says whether the server accepted it. */
export const nextArticleSave = (page: Page) =>
  page.waitForResponse(
    (response) =>
      /\/api\/articles\/[^/?]+/.test(response.url()) &&
      response.request().method() === 'PATCH' &&
      !response.url().includes('autosave=true'),
  )

export const stageOnPage = (page: Page) =>
  page.locator('.workflow-panel').getAttribute('data-stage')

/** Waits until the workflow panel shows `stage`. */
export const waitForStage = (page: Page, stage: string) =>
  page.locator(`.workflow-panel[data-stage="${stage}"]`).waitFor()

export const workflowButton = (page: Page, name: string) =>
  page.locator('.workflow-panel').getByRole('button', { name, exact: true })

type Draft = Record<string, unknown> & { id: number | string }

/**
 * Waits until the latest draft, read over REST as staff, satisfies `isSaved`: the admin
 * autosaves, so "saved" is a state of the server, not the click of a button.
 */
export const waitForDraft = async (
  rest: Rest,
  articlePath: string,
  isSaved: (draft: Draft) => boolean,
  timeoutMs = 30_000,
): Promise<Draft> => {
  const id = articlePath.split('/').pop()
  const deadline = Date.now() + timeoutMs
  let last: Draft | undefined
  while (Date.now() < deadline) {
    last = await rest<Draft>('GET', `/articles/${id}?draft=true&depth=0`)
    if (isSaved(last)) return last
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the draft was never saved as expected; last read: ${JSON.stringify(last)}`)
}
