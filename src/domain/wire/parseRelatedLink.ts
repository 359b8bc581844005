import type { RelatedLink } from './types'

const URL_PATTERN = String.raw`(?:https?:\/\/|www\.)\S+`
const BARE_URL = new RegExp(String.raw`^(?<url>${URL_PATTERN})$`, 'i')
// "Title - URL", "Title – URL", "Title | URL", "Title: URL"
const TITLE_THEN_URL = new RegExp(
  String.raw`^(?<title>.+?) ?(?:[-\u2013\u2014|:]) ?(?<url>${URL_PATTERN})$`,
  'i',
)
// "Title (URL)" or "Title <URL>"
const TITLE_WRAPPING_URL = new RegExp(
  String.raw`^(?<title>.+?) ?[(<](?<url>${URL_PATTERN})[)>]$`,
  'i',
)
// "[Title](URL)" as pasted from Markdown
const MARKDOWN_LINK = new RegExp(String.raw`^\[(?<title>[^\]]+)\]\((?<url>${URL_PATTERN})\)$`, 'i')
// List markers the site or an editor may put before each entry.
const BULLET = /^(?:[»•*·>]|-(?= )|\d+[.)])\s*/

export const containsUrl = (line: string): boolean => new RegExp(URL_PATTERN, 'i').test(line)

const withScheme = (url: string): string => (/^www\./i.test(url) ? `https://${url}` : url)

/** Reads one line of a related-articles block; null for an empty line. */
export const parseRelatedLink = (line: string): RelatedLink | null => {
  const text = line.replace(BULLET, '').trim()
  if (text === '') return null
  const bare = BARE_URL.exec(text)?.groups
  if (bare?.url) return { title: '', url: withScheme(bare.url) }
  for (const pattern of [MARKDOWN_LINK, TITLE_WRAPPING_URL, TITLE_THEN_URL]) {
    const groups = pattern.exec(text)?.groups
    if (groups?.title && groups.url)
      return { title: groups.title.trim(), url: withScheme(groups.url) }
  }
  return { title: text }
}
