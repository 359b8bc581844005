import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  nextArticleSave,
  pickRelation,
  waitForDraft,
  waitForStage,
  workflowButton,
} from './support/admin'
import { launchChromium, logIn, newSession, screenshotsFor } from './support/browser'
import { anonymousHeadlines } from './support/graphql'
import { ACCOUNTS, startNewsroom } from './support/newsroomServer'
import type { NewsroomServer } from './support/newsroomServer'
import { restAs } from './support/restApi'
import type { Rest } from './support/restApi'

// Unique per run, so a test pointed at a long-running server (E2E_SERVER_URL) finds only its own.
const HEADLINE = `Council agrees night-bus pilot, run ${Date.now().toString(36)}`
const NOTE = 'Name the councillor who proposed it in the first paragraph'

/**
 * A story's way from a writer's draft to readers, through the admin in a real browser: the
 * writer files and submits, the editor sends it back with a note, the writer fixes and
 * resubmits, the editor approves and publishes, and only then can a reader fetch it.
 */
describe('the newsroom workflow in the admin', () => {
  let server: NewsroomServer
  let browser: Browser
  let writer: BrowserContext
  let editor: BrowserContext
  let writerPage: Page
  let editorPage: Page
  let articlePath = ''
  let slug = ''
  let asWriter: Rest
  const { shoot } = screenshotsFor('workflow')

  beforeAll(async () => {
    server = await startNewsroom()
    browser = await launchChromium()
    writer = await newSession(browser, server.url)
    editor = await newSession(browser, server.url)
    asWriter = await restAs(server.url, ACCOUNTS.writer)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  test('1. a writer files a story with a tag, a person found by an alias and a section, saves it and submits it; Publish is not theirs', async () => {
    writerPage = await logIn(writer, ACCOUNTS.writer)
    await shoot(writerPage, 'writer-dashboard')
    await expect(
      writerPage.getByText('Newsroom', { exact: true }).first().isVisible(),
    ).resolves.toBe(true)

    await writerPage.goto('/admin/collections/articles/create')
    // With autosave on, Payload creates the draft at once and opens it by its id.
    await writerPage.waitForURL(/\/admin\/collections\/articles\/\d+/)
    articlePath = new URL(writerPage.url()).pathname
    await waitForStage(writerPage, 'draft')

    await writerPage.locator('#field-headline').fill(HEADLINE)
    const body = writerPage.locator('.rich-text-lexical [contenteditable="true"]').first()
    await body.click()
    await writerPage.keyboard.type(
      'The council voted on Tuesday to run night buses on two routes for six months.',
    )
    await pickRelation(writerPage, 'tags', 'missile', 'missile defense')
    await pickRelation(writerPage, 'people', 'Sergei', 'Sergey Lavrov')
    await pickRelation(writerPage, 'section', 'Wor', 'World')
    await shoot(writerPage, 'writer-filled-in')

    // Autosave keeps the draft; the explicit Save draft button is there for those who want it.
    await writerPage.locator('#action-save-draft').waitFor()
    const draft = await waitForDraft(
      asWriter,
      articlePath,
      (saved) =>
        saved.headline === HEADLINE &&
        JSON.stringify(saved.body ?? '').includes('night buses') &&
        (saved.tags as unknown[]).length === 1 &&
        (saved.people as unknown[]).length === 1 &&
        saved.section != null &&
        typeof saved.slug === 'string' &&
        saved.slug !== '',
    )
    slug = draft.slug as string
    await expect
      .poll(() => writerPage.locator('#field-slug').inputValue(), { timeout: 20_000 })
      .toBe(slug)
    await shoot(writerPage, 'writer-saved-draft')

    // Neither Payload's Publish button nor a publish move is offered to a writer.
    await expect(writerPage.locator('#action-save').count()).resolves.toBe(0)
    await expect(workflowButton(writerPage, 'Publish').count()).resolves.toBe(0)

    const submitted = nextArticleSave(writerPage)
    await workflowButton(writerPage, 'Submit for review').click()
    expect((await submitted).ok()).toBe(true)
    await waitForStage(writerPage, 'in_review')
    await expect(workflowButton(writerPage, 'Publish').count()).resolves.toBe(0)
    await shoot(writerPage, 'writer-submitted')
  })

  test('3a. before publication an anonymous GraphQL reader does not get the story', async () => {
    await expect(anonymousHeadlines(server.url, slug)).resolves.toEqual([])
  })

  test('2. an editor finds it in review and sends it back with a note; the writer sees the note, fixes and resubmits; the editor approves and publishes', async () => {
    editorPage = await logIn(editor, ACCOUNTS.editor)
    await editorPage.goto('/admin/collections/articles')
    await editorPage.locator('.stage-tab[data-stage="in_review"]').click()
    await editorPage.waitForURL(/workflowStage/)
    const row = editorPage.locator('tbody tr', { hasText: HEADLINE })
    await row.waitFor()
    await expect(row.locator('.stage-badge').getAttribute('data-stage')).resolves.toBe('in_review')
    await shoot(editorPage, 'editor-in-review-list')

    await row.getByRole('link', { name: HEADLINE }).click()
    await editorPage.waitForURL((url) => url.pathname === articlePath)
    await waitForStage(editorPage, 'in_review')
    await workflowButton(editorPage, 'Send back…').click()
    await editorPage.locator('#workflow-send-back-note').fill(NOTE)
    await shoot(editorPage, 'editor-sending-back')
    const sentBack = nextArticleSave(editorPage)
    await workflowButton(editorPage, 'Send back with this note').click()
    expect((await sentBack).ok()).toBe(true)
    await waitForStage(editorPage, 'changes_requested')
    await shoot(editorPage, 'editor-sent-back')

    await writerPage.goto(articlePath)
    await waitForStage(writerPage, 'changes_requested')
    await expect(writerPage.locator('.workflow-panel__note').textContent()).resolves.toContain(NOTE)
    await shoot(writerPage, 'writer-sees-note')
    const fix = 'Councillor Ana Ruiz proposed the pilot.'
    await writerPage.locator('#field-standfirst').fill(fix)
    await waitForDraft(asWriter, articlePath, (saved) => saved.standfirst === fix)
    const resubmitted = nextArticleSave(writerPage)
    await workflowButton(writerPage, 'Resubmit for review').click()
    expect((await resubmitted).ok()).toBe(true)
    await waitForStage(writerPage, 'in_review')
    await shoot(writerPage, 'writer-resubmitted')

    await editorPage.goto(articlePath)
    await waitForStage(editorPage, 'in_review')
    const approved = nextArticleSave(editorPage)
    await workflowButton(editorPage, 'Approve').click()
    expect((await approved).ok()).toBe(true)
    await waitForStage(editorPage, 'approved')
    await shoot(editorPage, 'editor-approved')
    const published = nextArticleSave(editorPage)
    await workflowButton(editorPage, 'Publish').click()
    expect((await published).ok()).toBe(true)
    await waitForStage(editorPage, 'published')
    await shoot(editorPage, 'editor-published')

    // The editorial log on the article tells the story of the story.
    const log = editorPage.locator('.editorial-log-view__entry')
    await log.filter({ hasText: 'Published' }).first().waitFor()
    await expect(log.filter({ hasText: NOTE }).count()).resolves.toBe(1)
    await shoot(editorPage, 'editor-editorial-log')
  })

  test('3b. after publication an anonymous GraphQL reader gets the story', async () => {
    await expect(anonymousHeadlines(server.url, slug)).resolves.toEqual([HEADLINE])
  })
})
