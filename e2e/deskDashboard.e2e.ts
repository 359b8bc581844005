import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { richTextFromParagraphs } from '../src/domain/richText'
import { launchChromium, logIn, newSession, screenshotsFor } from './support/browser'
import { ACCOUNTS, startNewsroom } from './support/newsroomServer'
import type { NewsroomServer } from './support/newsroomServer'
import { idBySlug, restAs } from './support/restApi'
import type { Rest } from './support/restApi'

// Unique per run, so a test pointed at a long-running server (E2E_SERVER_URL) finds only its own.
const RUN = Date.now().toString(36)
const IN_REVIEW = `Harbour dredging plan goes to the desk, run ${RUN}`
const SENT_BACK = `Night-bus pilot extended, run ${RUN}`
const SCHEDULED = `Budget vote at noon, run ${RUN}`
const DRAFT = `Library opening hours, run ${RUN}`
const NOTE = 'Say who pays for the extension'

/** The admin's home: the desk's queues, as an editor and as a writer see them. */
describe('the desk’s dashboard', () => {
  let server: NewsroomServer
  let browser: Browser
  let editor: BrowserContext
  let writer: BrowserContext
  let editorPage: Page
  let writerPage: Page
  let asWriter: Rest
  let asEditor: Rest
  const { shoot } = screenshotsFor('desk')

  const panel = (page: Page, queue: string) => page.locator(`.desk-panel[data-queue="${queue}"]`)
  const count = async (page: Page, queue: string) =>
    Number(await panel(page, queue).locator('[data-count]').first().getAttribute('data-count'))

  beforeAll(async () => {
    server = await startNewsroom()
    browser = await launchChromium()
    editor = await newSession(browser, server.url)
    writer = await newSession(browser, server.url)
    asWriter = await restAs(server.url, ACCOUNTS.writer)
    asEditor = await restAs(server.url, ACCOUNTS.editor)

    // The scene, set over REST as the writer and the editor would in the admin.
    const section = await idBySlug(asEditor, 'sections', 'world')
    const tag = await idBySlug(asEditor, 'tags', 'russia')
    const file = async (headline: string) => {
      const { doc } = await asWriter<{ doc: { id: number } }>('POST', '/articles?draft=true', {
        headline,
        body: richTextFromParagraphs(['The council met on Tuesday.']),
        section,
        tags: [tag],
      })
      return doc.id
    }
    const move = (as: Rest, id: number, data: Record<string, unknown>) =>
      as('PATCH', `/articles/${id}?draft=true`, data)
    await move(asWriter, await file(IN_REVIEW), { workflowStage: 'in_review' })
    const sentBack = await file(SENT_BACK)
    await move(asWriter, sentBack, { workflowStage: 'in_review' })
    await move(asEditor, sentBack, { workflowStage: 'changes_requested', workflowNote: NOTE })
    const scheduled = await file(SCHEDULED)
    await move(asWriter, scheduled, { workflowStage: 'in_review' })
    await move(asEditor, scheduled, { workflowStage: 'approved' })
    await move(asEditor, scheduled, {
      workflowStage: 'scheduled',
      publishAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
    })
    await file(DRAFT)
    const lavrov = await idBySlug(asEditor, 'people', 'sergey-lavrov')
    await asEditor('PATCH', `/people/${lavrov}`, { needsReview: true })

    editorPage = await logIn(editor, ACCOUNTS.editor)
    writerPage = await logIn(writer, ACCOUNTS.writer)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  test('an editor’s dashboard is the desk’s queues, each with a count', async () => {
    await editorPage.goto('/admin')
    await editorPage.locator('.desk-dashboard').waitFor()
    const queues = await editorPage
      .locator('.desk-panel')
      .evaluateAll((panels) => panels.map((each) => each.getAttribute('data-queue')))
    expect(queues).toEqual([
      'inReview',
      'changesRequested',
      'scheduled',
      'myDrafts',
      'recentlyPublished',
      'importReview',
    ])
    await panel(editorPage, 'inReview').getByRole('link', { name: IN_REVIEW }).waitFor()
    await panel(editorPage, 'inReview')
      .locator('.desk-story', { hasText: IN_REVIEW })
      .getByText(/sent for review by Local writer/)
      .waitFor()
    const scheduled = panel(editorPage, 'scheduled').locator('.desk-story', { hasText: SCHEDULED })
    expect(await scheduled.textContent()).toMatch(/publishes .* UTC \(in 3 h\)/)
    expect(await count(editorPage, 'inReview')).toBeGreaterThanOrEqual(1)
    expect(await count(editorPage, 'importReview')).toBeGreaterThanOrEqual(1)
    await panel(editorPage, 'recentlyPublished')
      .getByRole('link', { name: 'NATO, Russia Still at Odds over Missile Shield in Europe' })
      .waitFor()
    await shoot(editorPage, 'editor-dashboard')
  })

  test('a panel’s count opens the list view filtered the same way', async () => {
    await editorPage.goto('/admin')
    const expected = await count(editorPage, 'inReview')
    await panel(editorPage, 'inReview').locator('.desk-count').click()
    await editorPage.waitForURL(/\/admin\/collections\/articles\?.*in_review/)
    const rows = editorPage.locator('tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(expected)
    expect(await editorPage.locator('tbody tr', { hasText: IN_REVIEW }).count()).toBe(1)
    expect(await editorPage.locator('tbody tr', { hasText: DRAFT }).count()).toBe(0)
    await shoot(editorPage, 'in-review-list')

    await editorPage.goto('/admin')
    await panel(editorPage, 'importReview').getByRole('link', { name: 'People' }).click()
    await editorPage.waitForURL(/\/admin\/collections\/people\?.*needsReview/)
    await editorPage.locator('tbody tr', { hasText: 'Sergey Lavrov' }).waitFor()
    await shoot(editorPage, 'people-to-review')
  })

  test('a writer sees what a writer can act on: what came back, with the note, and their drafts', async () => {
    await writerPage.goto('/admin')
    await writerPage.locator('.desk-dashboard').waitFor()
    const queues = await writerPage
      .locator('.desk-panel')
      .evaluateAll((panels) => panels.map((each) => each.getAttribute('data-queue')))
    expect(queues).toEqual(['changesRequested', 'myDrafts', 'recentlyPublished', 'importReview'])
    const sentBack = panel(writerPage, 'changesRequested').locator('.desk-story', {
      hasText: SENT_BACK,
    })
    expect(await sentBack.textContent()).toContain(`sent back by Local editor`)
    expect(await sentBack.textContent()).toContain(`“${NOTE}”`)
    await panel(writerPage, 'myDrafts').getByRole('link', { name: DRAFT }).waitFor()
    expect(
      await panel(writerPage, 'importReview').locator('[data-collection="articles"]').count(),
    ).toBe(0)
    await shoot(writerPage, 'writer-dashboard')
  })
})
