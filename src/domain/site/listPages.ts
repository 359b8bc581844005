import { FEED_PATHS } from '../feeds/paths'
import { positionYears } from '../registry/positionYears'
import { markup } from './html'
import type { SafeHtml } from './html'
import { SITE_PATHS, siteUrlOf } from './paths'
import { readerPage } from './readerPage'
import { timeElement } from './readerDate'
import type { PersonView, SiteView, StorySummary } from './types'

const storyItem = (story: StorySummary): SafeHtml => {
  const section = story.section
    ? markup`<p class="kicker"><a href="${SITE_PATHS.section(story.section.slug)}">${story.section.name}</a></p>\n`
    : ''
  return markup`<li>
${section}<h2><a href="${SITE_PATHS.article(story.slug)}">${story.headline}</a></h2>
${story.standfirst ? markup`<p>${story.standfirst}</p>\n` : ''}${story.publishedAt ? markup`<p class="meta">${timeElement(story.publishedAt)}</p>\n` : ''}</li>
`
}

const storyList = (stories: StorySummary[]): SafeHtml =>
  stories.length > 0
    ? markup`<ul class="story-list">
${stories.map(storyItem)}</ul>`
    : markup`<p class="empty">No published stories yet.</p>`

interface ListPage {
  title: string
  heading: string
  /** The page's own path, for its canonical URL. */
  path: string
  description?: string
  stories: StorySummary[]
  type?: 'website' | 'profile'
  /** Between the heading and the list, e.g. a person's positions. */
  intro?: SafeHtml
  /** The feed of the same stories. */
  feedPath: string
}

const listPage = (page: ListPage, site: SiteView): string =>
  readerPage(
    {
      head: {
        title: page.title,
        description: page.description,
        canonicalUrl: siteUrlOf(site.publication.siteUrl, page.path),
        type: page.type ?? 'website',
        siteName: site.publication.siteName,
        language: site.publication.language,
        feed: { path: page.feedPath, title: `${page.title} (RSS)` },
      },
      main: markup`<h1>${page.heading}</h1>
${page.description ? markup`<p class="standfirst">${page.description}</p>\n` : ''}${page.intro ?? ''}${storyList(page.stories)}`,
    },
    site,
  )

const titled = (name: string, site: SiteView): string => `${name} · ${site.publication.siteName}`

/** The front page: the latest published stories, newest first. */
export const homePage = (stories: StorySummary[], site: SiteView): string =>
  listPage(
    {
      title: site.publication.siteName,
      heading: 'Latest stories',
      path: SITE_PATHS.home(),
      description: `The latest stories from ${site.publication.siteName}.`,
      stories,
      feedPath: FEED_PATHS.siteFeed,
    },
    site,
  )

export interface ListSubject {
  name: string
  slug: string
  description?: string
}

/** A section's front: its latest published stories. */
export const sectionPage = (section: ListSubject, stories: StorySummary[], site: SiteView) =>
  listPage(
    {
      title: titled(section.name, site),
      heading: section.name,
      path: SITE_PATHS.section(section.slug),
      description: section.description,
      stories,
      feedPath: FEED_PATHS.subjectFeed('sections', section.slug),
    },
    site,
  )

/** A topic, place or event: the latest published stories tagged with it. */
export const tagPage = (tag: ListSubject, stories: StorySummary[], site: SiteView) =>
  listPage(
    {
      title: titled(tag.name, site),
      heading: tag.name,
      path: SITE_PATHS.tag(tag.slug),
      description: tag.description,
      stories,
      feedPath: FEED_PATHS.subjectFeed('tags', tag.slug),
    },
    site,
  )

const positions = (person: PersonView): SafeHtml => {
  const items = person.positions.map((position) => {
    const years = positionYears(position)
    const organization = position.organization ? markup`, ${position.organization}` : ''
    return markup`<li>${position.title}${organization}${years ? markup` (${years})` : ''}</li>`
  })
  return markup`${items.length > 0 ? markup`<ul class="positions">${items}</ul>\n` : ''}<h2>Stories</h2>
`
}

/** A person's page: who they are, the positions they held, and the stories that name them. */
export const personPage = (person: PersonView, stories: StorySummary[], site: SiteView) =>
  listPage(
    {
      title: titled(person.name, site),
      heading: person.name,
      path: SITE_PATHS.person(person.slug),
      description: person.description,
      stories,
      feedPath: FEED_PATHS.subjectFeed('people', person.slug),
      type: 'profile',
      intro: positions(person),
    },
    site,
  )

/** What a reader gets for a page that is not there, or not published: the same either way. */
export const notFoundPage = (path: string, site: SiteView): string =>
  readerPage(
    {
      head: {
        title: titled('Page not found', site),
        canonicalUrl: siteUrlOf(site.publication.siteUrl, path),
        type: 'website',
        siteName: site.publication.siteName,
        language: site.publication.language,
        isNoIndex: true,
      },
      main: markup`<h1>Page not found</h1>
<p>There is no published page at <code>${path}</code>. <a href="${SITE_PATHS.home()}">See the latest stories</a>.</p>`,
    },
    site,
  )

/** A preview link that is no longer (or never was) good: it says nothing about the story. */
export const previewRefusedPage = (path: string, reason: string, site: SiteView): string =>
  readerPage(
    {
      head: {
        title: titled('Preview link not valid', site),
        canonicalUrl: siteUrlOf(site.publication.siteUrl, path),
        type: 'website',
        siteName: site.publication.siteName,
        language: site.publication.language,
        isNoIndex: true,
      },
      main: markup`<h1>This preview link cannot be used</h1>
<p>${reason} Open the story in the admin and press Preview again for a new link.</p>
<p><a href="${site.adminPath}">Open the admin</a></p>`,
    },
    site,
  )
