import { isBoilerplate } from './boilerplate'
import { normalizeLine, splitLines } from './normalizeLine'
import { clockTime, isoDate, META_LINE_SHAPE, parseMetaLine } from './parseMetaLine'
import { parsePhotoCaption } from './parsePhotoCaption'
import { containsUrl, parseRelatedLink } from './parseRelatedLink'
import { isTagsLine, parseTagsLine } from './parseTagsLine'
import type {
  ParseWirePageOptions,
  RelatedLink,
  WirePage,
  WireParseWarning,
  WirePhoto,
} from './types'
import { WirePageParseError } from './wirePageParseError'
import { zonedTimeToUtc } from './zonedTimeToUtc'

export const DEFAULT_WIRE_TIME_ZONE = 'Europe/Sofia'

const RELATED_HEADER = /^(?:» ?)?Related Articles ?:? ?(?<rest>.*)$/i

interface SourceLine {
  /** 1-based line number in the file. */
  line: number
  text: string
}

interface Block {
  line: number
  text: string
}

/** Consecutive non-blank lines form one paragraph; hard-wrapped lines are joined by a space. */
const toBlocks = (lines: SourceLine[]): Block[] => {
  const blocks: Block[] = []
  let current: Block | null = null
  for (const { line, text } of lines) {
    if (text === '') {
      current = null
    } else if (current) {
      current.text = `${current.text} ${text}`
    } else {
      current = { line, text }
      blocks.push(current)
    }
  }
  return blocks
}

interface Tail {
  tags: string[]
  relatedLinks: RelatedLink[]
  warnings: WireParseWarning[]
}

/** Reads everything from the Tags line or the related-articles header to the end of the file. */
const parseTail = (lines: SourceLine[]): Tail => {
  const tail: Tail = { tags: [], relatedLinks: [], warnings: [] }
  let isInRelated = false
  // The list runs from the line under the header to the first blank line; after that only a line
  // holding a URL is taken as a link, so a stray title-like line becomes a warning, not a link.
  let hasListEnded = false
  let hasTagsLine = false

  for (const { line, text } of lines) {
    const relatedHeader = RELATED_HEADER.exec(text)?.groups
    if (text === '') {
      if (isInRelated) hasListEnded = true
    } else if (isTagsLine(text)) {
      if (hasTagsLine) {
        tail.warnings.push({ line, message: 'a second Tags line; its tags were added', text })
      }
      hasTagsLine = true
      isInRelated = false
      tail.tags = [...new Set([...tail.tags, ...parseTagsLine(text)])]
    } else if (relatedHeader) {
      isInRelated = true
      hasListEnded = false
      const sameLineLink = parseRelatedLink(relatedHeader.rest ?? '')
      if (sameLineLink) tail.relatedLinks.push(sameLineLink)
    } else if (isBoilerplate(text)) {
      continue
    } else if (isInRelated && (!hasListEnded || containsUrl(text))) {
      const link = parseRelatedLink(text)
      if (link) tail.relatedLinks.push(link)
    } else {
      const place = isInRelated ? 'after the related articles' : 'after the Tags line'
      tail.warnings.push({
        line,
        message: `unrecognised line ${place}; kept here for an editor`,
        text,
      })
    }
  }
  return tail
}

const isTailStart = (text: string): boolean => isTagsLine(text) || RELATED_HEADER.test(text)

/**
 * Parses one wire page (headline, meta line, optional photo caption, body, Tags line, related
 * articles) into structured data. Throws WirePageParseError when the page's shape is not
 * recognisable; anything it can read but not place comes back in `warnings`, never dropped.
 */
export const parseWirePage = (text: string, options: ParseWirePageOptions): WirePage => {
  const { fileName, timeZone = DEFAULT_WIRE_TIME_ZONE } = options
  const lines: SourceLine[] = splitLines(text).map((raw, index) => ({
    line: index + 1,
    text: normalizeLine(raw),
  }))
  const nonBlank = lines.filter((line) => line.text !== '')

  const headlineLine = nonBlank[0]
  if (!headlineLine) throw new WirePageParseError(fileName, 1, 'a headline', '')
  if (parseMetaLine(headlineLine.text) || isTailStart(headlineLine.text)) {
    throw new WirePageParseError(
      fileName,
      headlineLine.line,
      'a headline on the first line',
      headlineLine.text,
    )
  }

  const metaLine = nonBlank[1]
  const expectedMeta = `the meta line ${META_LINE_SHAPE}`
  if (!metaLine) throw new WirePageParseError(fileName, lines.length + 1, expectedMeta, '')
  const meta = parseMetaLine(metaLine.text)
  if (!meta) throw new WirePageParseError(fileName, metaLine.line, expectedMeta, metaLine.text)

  const afterMeta = lines.slice(metaLine.line)
  const tailIndex = afterMeta.findIndex((line) => isTailStart(line.text))
  const bodyLines = tailIndex === -1 ? afterMeta : afterMeta.slice(0, tailIndex)
  const tail = parseTail(tailIndex === -1 ? [] : afterMeta.slice(tailIndex))

  const warnings: WireParseWarning[] = []
  if (meta.weekdayMismatch) {
    warnings.push({ line: metaLine.line, message: meta.weekdayMismatch, text: metaLine.text })
  }

  let photo: WirePhoto | null = null
  const paragraphs: string[] = []
  for (const [index, block] of toBlocks(bodyLines).entries()) {
    // Only the paragraph right under the meta line can be the photo caption.
    const caption = index === 0 ? parsePhotoCaption(block.text) : null
    if (caption) photo = caption
    else if (!isBoilerplate(block.text)) paragraphs.push(block.text)
  }

  return {
    fileName,
    headline: headlineLine.text,
    section: meta.section,
    localDateTime: {
      date: isoDate(meta),
      time: clockTime(meta),
      weekday: meta.weekday,
      printed: meta.printed,
    },
    timeZone,
    publishedAt: zonedTimeToUtc(meta, timeZone).toISOString(),
    viewCount: meta.viewCount,
    photo,
    paragraphs,
    tags: tail.tags,
    relatedLinks: tail.relatedLinks,
    warnings: [...warnings, ...tail.warnings],
  }
}
