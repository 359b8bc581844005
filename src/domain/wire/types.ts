/** A photo caption as the wire printed it, with the agency credit split off. */
export interface WirePhoto {
  caption: string
  /** The credit exactly as printed at the end of the caption, e.g. "EPA/BGNES". */
  creditLine: string
  /** One entry per agency in the credit: "EPA/BGNES" → ["EPA", "BGNES"]. */
  agencies: string[]
}

/** One entry of the "» Related Articles:" block; the wire often gives a title without a link. */
export interface RelatedLink {
  title: string
  url?: string
}

/** Text the parser kept but could not place; an editor should look at it. */
export interface WireParseWarning {
  /** 1-based line number in the source file. */
  line: number
  message: string
  text: string
}

/** The publisher's local date and time exactly as the meta line gave them. */
export interface WireLocalDateTime {
  /** ISO calendar date, "2011-12-08". */
  date: string
  /** 24-hour clock, "16:58". */
  time: string
  /** Weekday as printed, "Thursday"; null when the page printed none. */
  weekday: string | null
  /** The date/time part of the meta line as printed, "December 8, 2011, Thursday // 16:58". */
  printed: string
}

export interface WirePage {
  fileName: string
  headline: string
  section: string
  localDateTime: WireLocalDateTime
  /** IANA zone the local time was read in, e.g. "Europe/Sofia". */
  timeZone: string
  /** UTC instant, "2011-12-08T14:58:00.000Z". */
  publishedAt: string
  /** null when the page printed no number before "views". */
  viewCount: number | null
  photo: WirePhoto | null
  paragraphs: string[]
  /** Tags as printed, trimmed, with exact duplicates removed. */
  tags: string[]
  relatedLinks: RelatedLink[]
  warnings: WireParseWarning[]
}

export interface ParseWirePageOptions {
  /** Used in error messages and kept on the result. */
  fileName: string
  /** IANA zone of the publisher's clock; defaults to "Europe/Sofia". */
  timeZone?: string
}
