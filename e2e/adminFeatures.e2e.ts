import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { richTextFromParagraphs } from '../src/domain/richText'
import { waitForStage, workflowButton } from './support/admin'
import { launchChromium, logIn, newSession, screenshotsFor } from './support/browser'
import { ACCOUNTS, startNewsroom } from './support/newsroomServer'
import type { NewsroomServer } from './support/newsroomServer'
import { idBySlug, restAs } from './support/restApi'
import type { Rest } from './support/restApi'

const SEED_HEADLINE = 'NATO, Russia Still at Odds over Missile Shield in Europe'

/** The admin beyond the workflow moves: gates on fields, the registry, versions and locking. */
describe('the admin for the newsroom', () => {
  let server: NewsroomServer
  let browser: Browser
  let editor: BrowserContext
  let editorPage: Page
  let asWriter: Rest
  let asEditor: Rest
  /** The approved story test 4 leaves behind; the tag test edits it. */
  let approvedArticle = 0
  const { shoot } = screenshotsFor('admin')

  beforeAll(async () => {
    server = await startNewsroom()
    browser = await launchChromium()
    editor = await newSession(browser, server.url)
    editorPage = await logIn(editor, ACCOUNTS.editor)
    asWriter = await restAs(server.url, ACCOUNTS.writer)
    asEditor = await restAs(server.url, ACCOUNTS.editor)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  test('4. a failed content gate shows its message on the field it concerns', async () => {
    // An approved story with no section: everything else a story needs is there.
    const tag = await idBySlug(asEditor, 'tags', 'russia')
    const { doc } = await asWriter<{ doc: { id: number } }>('POST', '/articles?draft=true', {
      headline: 'Tram line reopens without a section',
      body: richTextFromParagraphs(['The line reopened on Monday after six weeks of works.']),
      tags: [tag],
    })
    await asWriter('PATCH', `/articles/${doc.id}?draft=true`, { workflowStage: 'in_review' })
    await asEditor('PATCH', `/articles/${doc.id}?draft=true`, { workflowStage: 'approved' })
    approvedArticle = doc.id

    await editorPage.goto(`/admin/collections/articles/${doc.id}`)
    await waitForStage(editorPage, 'approved')
    const refused = editorPage.waitForResponse(
      (response) =>
        response.url().includes(`/api/articles/${doc.id}`) &&
        response.request().method() === 'PATCH',
    )
    await workflowButton(editorPage, 'Publish').click()
    expect((await refused).status()).toBe(400)
    const section = editorPage.locator('#field-section')
    await section
      .locator('.field-error', { hasText: 'File the story under a section' })
      .first()
      .waitFor()
    await waitForStage(editorPage, 'approved')
    await shoot(editorPage, 'gate-on-section-field')
  })

  test('a new tag is created from the picker and chosen at once', async () => {
    await editorPage.goto(`/admin/collections/articles/${approvedArticle}`)
    await editorPage.locator('#field-tags .relationship-add-new__add-button').click()
    const drawer = editorPage.locator('.doc-drawer').last()
    await drawer.locator('#field-name').fill('Missile shield talks')
    await shoot(editorPage, 'tag-drawer-from-picker')
    await drawer.locator('#action-save').click()
    await editorPage
      .locator('#field-tags .rs__value-container', { hasText: 'Missile shield talks' })
      .waitFor()
    await shoot(editorPage, 'tag-created-and-chosen')
    const created = await asEditor<{ totalDocs: number }>(
      'GET',
      '/tags?where[name][equals]=Missile%20shield%20talks&depth=0',
    )
    expect(created.totalDocs).toBe(1)
  })

  test('editors reach version history, a version’s diff and its Restore button', async () => {
    const { docs } = await asEditor<{ docs: { id: number }[] }>(
      'GET',
      `/articles?where[headline][equals]=${encodeURIComponent(SEED_HEADLINE)}&depth=0`,
    )
    await editorPage.goto(`/admin/collections/articles/${docs[0]!.id}/versions`)
    const version = editorPage.locator('tbody tr a').first()
    await version.waitFor()
    await shoot(editorPage, 'version-history')
    await version.click()
    await editorPage.waitForURL(/\/versions\/[^/]+$/)
    await editorPage
      .getByRole('button', { name: /restore/i })
      .first()
      .waitFor()
    await shoot(editorPage, 'version-diff-and-restore')
  })

  test('a story someone else has open shows as locked to everyone else', async () => {
    const { docs } = await asEditor<{ docs: { id: number }[] }>(
      'GET',
      `/articles?where[headline][equals]=${encodeURIComponent(SEED_HEADLINE)}&depth=0`,
    )
    const articleId = docs[0]!.id
    // What the admin's form does when the admin starts editing: take the lock.
    const asAdmin = await restAs(server.url, ACCOUNTS.admin)
    const { user } = await asAdmin<{ user: { id: number } }>('GET', '/users/me')
    await asAdmin('POST', '/payload-locked-documents', {
      document: { relationTo: 'articles', value: articleId },
      user: { relationTo: 'users', value: user.id },
    })
    await editorPage.goto(`/admin/collections/articles/${articleId}`)
    const notice = editorPage.getByText(/currently editing|locked/i).first()
    await notice.waitFor()
    await shoot(editorPage, 'document-locked')
  })

  test('people show the articles that mention them, and the list finds them by an alias', async () => {
    await editorPage.goto('/admin/collections/people?search=Sergei')
    const row = editorPage.locator('tbody tr', { hasText: 'Sergey Lavrov' })
    await row.waitFor()
    await shoot(editorPage, 'people-list-found-by-alias')
    await row.getByRole('link', { name: 'Sergey Lavrov' }).click()
    await editorPage.locator('.field-type.join', { hasText: SEED_HEADLINE }).waitFor()
    await shoot(editorPage, 'person-mentioned-in')

    const nato = await idBySlug(asEditor, 'organizations', 'nato')
    await editorPage.goto(`/admin/collections/organizations/${nato}`)
    await editorPage.locator('.field-type.join', { hasText: SEED_HEADLINE }).first().waitFor()
    await shoot(editorPage, 'organization-mentioned-in')
  })
})
