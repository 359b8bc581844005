import { markup, raw } from './html'
import type { SafeHtml } from './html'
import { pageHead } from './pageHead'
import type { PageHead } from './pageHead'
import { SITE_PATHS } from './paths'
import type { SiteView } from './types'

/** One small stylesheet in the page: no second request, nothing to build. */
const STYLE = raw(`
:root { color-scheme: light; --ink: #1a1a1a; --muted: #5b5b5b; --rule: #d9d9d9; --accent: #0b5394; }
* { box-sizing: border-box; }
body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: var(--ink); background: #fff; }
a { color: var(--accent); }
header.masthead, footer.site-footer, main { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header.masthead { border-bottom: 1px solid var(--rule); padding-top: 1rem; padding-bottom: .5rem; }
header.masthead .site-name { font-size: 1.6rem; font-weight: bold; color: var(--ink); text-decoration: none; }
nav.sections { font: 15px/1.4 system-ui, sans-serif; margin-top: .4rem; display: flex; flex-wrap: wrap; gap: .8rem; }
footer.site-footer { border-top: 1px solid var(--rule); margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; font: 14px/1.5 system-ui, sans-serif; color: var(--muted); }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 1.5rem 0 .5rem; }
.standfirst { font-size: 1.2rem; color: var(--muted); margin-top: 0; }
.meta, .byline, .dateline, .kicker, .topics, figcaption, .story-list .meta { font: 15px/1.5 system-ui, sans-serif; color: var(--muted); }
.kicker a { text-decoration: none; text-transform: uppercase; letter-spacing: .05em; font-weight: 600; }
figure { margin: 1.5rem 0; }
figure img { max-width: 100%; height: auto; display: block; }
q::before, q::after { content: ''; }
q[data-speaker] { background: #f4f7fb; }
.corrections { border-top: 1px solid var(--rule); margin-top: 2rem; }
.corrections h2, .related h2, .topics h2 { font: 600 16px/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .05em; }
.story-list { list-style: none; padding: 0; }
.story-list li { border-bottom: 1px solid var(--rule); padding: 1rem 0; }
.story-list h2 { font-size: 1.3rem; margin: 0 0 .3rem; }
.story-list h2 a { color: var(--ink); text-decoration: none; }
.story-list p { margin: .2rem 0; }
.preview-banner { background: #fff4cc; border-bottom: 2px solid #e0b000; font: 15px/1.5 system-ui, sans-serif; padding: .6rem 1rem; text-align: center; }
.staff-link { font: 600 15px/1.5 system-ui, sans-serif; }
`)

export interface ReaderPage {
  head: PageHead
  main: SafeHtml
  /** Above the masthead, e.g. the preview notice. */
  banner?: SafeHtml
  /** At the end of the body, e.g. the live-preview script. */
  script?: SafeHtml
}

/** The whole document: head, masthead with the sections, the page's main part, the footer. */
export const readerPage = (page: ReaderPage, site: SiteView): string => {
  const sections = site.sections.map(
    (section) => markup`<a href="${SITE_PATHS.section(section.slug)}">${section.name}</a>`,
  )
  return markup`<!doctype html>
<html lang="${site.publication.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${pageHead(page.head)}<style>${STYLE}</style>
</head>
<body>
${page.banner ?? ''}<header class="masthead">
<a class="site-name" href="${SITE_PATHS.home()}">${site.publication.siteName}</a>
${sections.length > 0 ? markup`<nav class="sections" aria-label="Sections">${sections}</nav>` : ''}
</header>
<main>
${page.main}
</main>
<footer class="site-footer">
<p>${site.publication.siteName}: published stories, served by the newsroom CMS. <a class="staff-link" href="${site.adminPath}">Newsroom staff: open the admin</a></p>
</footer>
${page.script ?? ''}</body>
</html>
`.value
}
