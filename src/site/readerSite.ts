import { Router } from 'express'
import type { Request, Response } from 'express'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import {
  homePage,
  notFoundPage,
  personPage,
  previewRefusedPage,
  sectionPage,
  tagPage,
} from '../domain/site/listPages'
import { SITE_PATHS } from '../domain/site/paths'
import { storyPage } from '../domain/site/storyPage'
import type { SiteView } from '../domain/site/types'
import { PRIVATE_CACHE_CONTROL } from '../http/types'
import { findOutputArticle } from '../publishing/findOutputArticle'
import { siteContext } from '../publishing/siteContext'
import { storiesOf } from '../publishing/storiesOf'
import { findListSubject, findPerson, latestStories, siteSections } from './readListings'
import { openPreview } from './openPreview'
import { PREVIEW_PARAMETER } from './previewUrl'
import { sendPage } from './sendPage'
import { storyView } from './storyView'

/**
 * The reader site: server-rendered pages of published stories, read through Payload's Local API
 * with a reader's access (no user, access never overridden), so a page shows exactly what an
 * anonymous API client may read. A story's page also opens its latest draft for a preview link.
 */
export const createReaderSite = (payload: Payload): Router => {
  const router = Router()
  const adminPath = payload.config.routes.admin

  // Each page is one request of its own to Payload: a reader's, signed in as nobody.
  const readerRequest = () => createLocalReq({}, payload)
  const siteView = async (req: PayloadRequest): Promise<SiteView> => ({
    publication: siteContext(),
    adminPath,
    sections: await siteSections(req),
  })
  const notFound = async (req: Request, res: Response, reader: PayloadRequest) =>
    sendPage(req, res, {
      html: notFoundPage(req.path, await siteView(reader)),
      kind: 'refusal',
      status: 404,
    })

  /** The story a preview link names, as its latest draft, read as the account that asked. */
  const sendPreview = async (
    req: Request<{ slug: string }>,
    res: Response,
    token: string,
    reader: PayloadRequest,
  ) => {
    const opening = await openPreview(payload, token)
    if (!opening.isGranted) {
      const html = previewRefusedPage(req.path, opening.reason, await siteView(reader))
      sendPage(req, res, { html, kind: 'refusal', status: 403 })
      return
    }
    const article = await findOutputArticle(
      opening.req,
      { id: opening.articleId },
      { isPreview: true },
    )
    if (!article) return notFound(req, res, reader)
    // The slug follows the headline while a draft is written: the link follows the story.
    const slug = article.slug ?? String(article.id)
    if (req.params.slug !== slug) {
      const query = new URLSearchParams({ [PREVIEW_PARAMETER]: token })
      res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL)
      res.redirect(302, `${SITE_PATHS.article(slug)}?${query}`)
      return
    }
    const html = storyPage(storyView(article, { isPreview: true }), await siteView(reader))
    sendPage(req, res, { html, kind: 'preview' })
  }

  router.get(SITE_PATHS.home(), async (req, res) => {
    const reader = await readerRequest()
    const [stories, site] = await Promise.all([latestStories(reader), siteView(reader)])
    sendPage(req, res, { html: homePage(stories, site), kind: 'published' })
  })

  router.get('/articles/:slug', async (req, res) => {
    const reader = await readerRequest()
    const token = req.query[PREVIEW_PARAMETER]
    if (token !== undefined) {
      await sendPreview(req, res, typeof token === 'string' ? token : '', reader)
      return
    }
    const article = await findOutputArticle(reader, { slug: req.params.slug }, { isPreview: false })
    if (!article) return notFound(req, res, reader)
    const html = storyPage(storyView(article, { isPreview: false }), await siteView(reader))
    sendPage(req, res, { html, kind: 'published' })
  })

  for (const collection of ['sections', 'tags'] as const) {
    const render = collection === 'sections' ? sectionPage : tagPage
    router.get(`/${collection}/:slug`, async (req, res) => {
      const reader = await readerRequest()
      const subject = await findListSubject(reader, collection, req.params.slug)
      if (!subject) return notFound(req, res, reader)
      const [stories, site] = await Promise.all([
        latestStories(reader, storiesOf(collection, subject.id)),
        siteView(reader),
      ])
      sendPage(req, res, { html: render(subject, stories, site), kind: 'published' })
    })
  }

  router.get('/people/:slug', async (req, res) => {
    const reader = await readerRequest()
    const person = await findPerson(reader, req.params.slug)
    if (!person) return notFound(req, res, reader)
    const [stories, site] = await Promise.all([
      latestStories(reader, storiesOf('people', person.id)),
      siteView(reader),
    ])
    sendPage(req, res, { html: personPage(person, stories, site), kind: 'published' })
  })

  return router
}
