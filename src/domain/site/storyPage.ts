import { FEED_PATHS } from '../feeds/paths'
import { toNewsArticleJsonLd } from '../publishing'
import type { LeadImage, PublishableArticle, RelatedLink } from '../publishing'
import { articleParagraphs } from '../publishing/articleParagraphs'
import { creditedAuthors, joinNames } from '../publishing/creditedAuthors'
import { isoInstant, latestInstant } from '../publishing/isoInstant'
import { joined, markup } from './html'
import type { HtmlValue, SafeHtml } from './html'
import { LIVE_PREVIEW_SCRIPT } from './livePreviewScript'
import { SITE_PATHS } from './paths'
import { quotedParagraphs } from './quotedParagraphs'
import { readerPage } from './readerPage'
import { timeElement } from './readerDate'
import { summaryOf } from './summaryOf'
import type { SiteView, StoryView } from './types'

/** Items as a sentence lists them: "a, b and c". */
const inWords = (items: SafeHtml[]): HtmlValue[] =>
  items.flatMap((item, index) => {
    if (index === 0) return [item]
    return [index === items.length - 1 ? ' and ' : ', ', item]
  })

/** "By A and B", linked to their pages; else the credit the JSON-LD gives (agency, publisher). */
const byline = (view: StoryView, site: SiteView): SafeHtml => {
  if (view.authors.length > 0) {
    const links = view.authors.map(
      (author) =>
        markup`<a rel="author" href="${SITE_PATHS.person(author.slug)}">${author.name}</a>`,
    )
    return markup`By ${inWords(links)}`
  }
  const credits = creditedAuthors(view.article, site.publication)
  return markup`By ${joinNames(credits.map((credit) => credit.name))}`
}

const leadImage = (image: LeadImage | undefined): SafeHtml => {
  if (!image) return markup``
  const size = { width: image.width, height: image.height }
  const credit = image.creditLine && markup`<span class="credit">Photo: ${image.creditLine}</span>`
  const caption = [image.caption, credit].filter(Boolean)
  return markup`<figure>
<img src="${image.url}" alt="${image.alt}"${attributesOf(size)}>
${caption.length > 0 ? markup`<figcaption>${joined(caption, ' ')}</figcaption>` : ''}
</figure>`
}

const attributesOf = (size: { width?: number; height?: number }): SafeHtml =>
  markup`${size.width ? markup` width="${size.width}"` : ''}${size.height ? markup` height="${size.height}"` : ''}`

/** Under the story, oldest first, as a reader follows its history. */
const corrections = (article: PublishableArticle): SafeHtml => {
  const printed = (article.corrections ?? [])
    .filter((correction) => correction.text.trim() !== '')
    .sort((a, b) => (isoInstant(a.date) ?? '').localeCompare(isoInstant(b.date) ?? ''))
  if (printed.length === 0) return markup``
  const items = printed.map(
    (correction) => markup`<li>${timeElement(correction.date)}: ${correction.text.trim()}</li>`,
  )
  return markup`<section class="corrections" aria-labelledby="corrections">
<h2 id="corrections">Corrections</h2>
<ol>${items}</ol>
</section>`
}

const relatedLink = (link: RelatedLink): SafeHtml => {
  if (link.kind === 'article') {
    return markup`<li><a href="${SITE_PATHS.article(link.slug)}">${link.headline}</a></li>`
  }
  return link.url
    ? markup`<li><a href="${link.url}" rel="external">${link.title}</a></li>`
    : markup`<li>${link.title}</li>`
}

const related = (article: PublishableArticle): SafeHtml => {
  const links = article.relatedLinks ?? []
  if (links.length === 0) return markup``
  return markup`<section class="related" aria-labelledby="related">
<h2 id="related">Related</h2>
<ul>${links.map(relatedLink)}</ul>
</section>`
}

/** What the story is about: tags and people link to their pages; organisations have none yet. */
const topics = (view: StoryView): SafeHtml => {
  const rows: Array<[string, SafeHtml[]]> = [
    [
      'Topics',
      (view.article.tags ?? []).map(
        (tag) => markup`<a rel="tag" href="${SITE_PATHS.tag(tag.slug)}">${tag.name}</a>`,
      ),
    ],
    [
      'People',
      view.people.map(
        (person) => markup`<a href="${SITE_PATHS.person(person.slug)}">${person.name}</a>`,
      ),
    ],
    [
      'Organisations',
      (view.article.organizations ?? []).map((organization) => markup`${organization.name}`),
    ],
  ]
  const shown = rows.filter(([, items]) => items.length > 0)
  if (shown.length === 0) return markup``
  const entries = shown.map(
    ([label, items]) => markup`<dt>${label}</dt><dd>${joined(items, ', ')}</dd>`,
  )
  return markup`<section class="topics" aria-labelledby="topics">
<h2 id="topics">In this story</h2>
<dl>${entries}</dl>
</section>`
}

const previewBanner = (view: StoryView, site: SiteView): SafeHtml =>
  markup`<div class="preview-banner" role="status" data-preview="draft">Preview of the latest draft: readers do not see this version until it is published. <a href="${site.adminPath}/collections/articles/${String(view.article.id)}">Back to the story in the admin</a></div>
`

/** A story's page: the story, its corrections, what it is about, and its NewsArticle JSON-LD. */
export const storyPage = (view: StoryView, site: SiteView): string => {
  const { article } = view
  const paragraphs = articleParagraphs(article)
  const section =
    view.sectionSlug && article.section
      ? markup`<p class="kicker"><a href="${SITE_PATHS.section(view.sectionSlug)}">${article.section}</a></p>`
      : ''
  const main = markup`<article class="story">
${section}
<h1>${article.headline}</h1>
${article.standfirst ? markup`<p class="standfirst">${article.standfirst}</p>` : ''}
<p class="byline">${byline(view, site)} · ${timeElement(article.publishedAt)}</p>
${leadImage(article.leadImage)}
${article.dateline?.place ? markup`<p class="dateline">${article.dateline.place}</p>` : ''}
<div class="body">
${quotedParagraphs(paragraphs, view.quotes).map((paragraph) => markup`${paragraph}\n`)}</div>
${corrections(article)}
${topics(view)}
${related(article)}
</article>`
  const jsonLd = toNewsArticleJsonLd(article, site.publication)
  return readerPage(
    {
      head: {
        title: article.headline,
        description: summaryOf(article.standfirst, paragraphs),
        canonicalUrl: site.publication.articleUrl(article.slug),
        type: 'article',
        siteName: site.publication.siteName,
        language: site.publication.language,
        image: article.leadImage && {
          url: article.leadImage.url,
          alt: article.leadImage.alt,
          width: article.leadImage.width,
          height: article.leadImage.height,
        },
        article: {
          publishedTime: isoInstant(article.publishedAt),
          // As the JSON-LD's dateModified: a correction changes the story.
          modifiedTime: latestInstant([
            article.publishedAt,
            article.updatedAt,
            ...(article.corrections ?? []).map((correction) => correction.date),
          ]),
          section: article.section,
          tags: (article.tags ?? []).map((tag) => tag.name),
        },
        feed: { path: FEED_PATHS.siteFeed, title: `${site.publication.siteName} (RSS)` },
        jsonLd,
        isNoIndex: view.isPreview,
      },
      main,
      banner: view.isPreview ? previewBanner(view, site) : undefined,
      script: view.isPreview ? LIVE_PREVIEW_SCRIPT : undefined,
    },
    site,
  )
}
