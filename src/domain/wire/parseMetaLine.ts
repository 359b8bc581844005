const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

// "World | December 8, 2011, Thursday // 16:58| 1,234 views": the weekday may be missing, the
// count may be blank or grouped by commas, dots or spaces ("1 204"), and the spaces around the
// bars and slashes come and go (a normalized line has at most one space in a row).
const VIEW_COUNT = String.raw`\d{1,3}(?:[ ,.]\d{3})+|\d+`
const META_LINE = new RegExp(
  String.raw`^(?<section>[^|]+?) ?\| ?(?<printed>(?<month>[A-Za-z]+)\.? (?<day>\d{1,2}),? ?(?<year>\d{4})(?:,? ?(?<weekday>[A-Za-z]+))? ?\/\/ ?(?<hour>\d{1,2}):(?<minute>\d{2})) ?\| ?(?:(?<views>${VIEW_COUNT}) ?)?views?$`,
  'i',
)

export const META_LINE_SHAPE = '"Section | Month D, YYYY, Weekday // HH:MM| N views"'

export interface WireMeta {
  section: string
  year: number
  month: number
  day: number
  hour: number
  minute: number
  /** Weekday as printed; null when the line gives none. */
  weekday: string | null
  /** "December 8, 2011, Thursday // 16:58" */
  printed: string
  viewCount: number | null
  /** Set when the printed weekday does not match the date; the date wins. */
  weekdayMismatch: string | null
}

const pad = (value: number): string => String(value).padStart(2, '0')

export const isoDate = (meta: Pick<WireMeta, 'year' | 'month' | 'day'>): string =>
  `${meta.year}-${pad(meta.month)}-${pad(meta.day)}`

export const clockTime = (meta: Pick<WireMeta, 'hour' | 'minute'>): string =>
  `${pad(meta.hour)}:${pad(meta.minute)}`

/** Reads a normalized meta line; returns null when it is not one (the caller knows the line). */
export const parseMetaLine = (line: string): WireMeta | null => {
  const groups = META_LINE.exec(line)?.groups
  if (!groups) return null
  const monthName = (groups.month ?? '').toLowerCase()
  // Full names, or the three-letter abbreviations ("Dec 8, 2011").
  const month =
    MONTHS.findIndex(
      (name) => name === monthName || (monthName.length === 3 && name.startsWith(monthName)),
    ) + 1
  const year = Number(groups.year)
  const day = Number(groups.day)
  const hour = Number(groups.hour)
  const minute = Number(groups.minute)
  const calendarDate = new Date(Date.UTC(year, month - 1, day))
  const isRealDate =
    month > 0 && calendarDate.getUTCDate() === day && calendarDate.getUTCMonth() === month - 1
  if (!isRealDate || hour > 23 || minute > 59) return null

  const weekday = groups.weekday ?? null
  const actualWeekday = WEEKDAYS[calendarDate.getUTCDay()] ?? ''
  const views = groups.views?.replace(/[ ,.]/g, '')
  return {
    section: (groups.section ?? '').trim(),
    year,
    month,
    day,
    hour,
    minute,
    weekday,
    printed: groups.printed ?? '',
    viewCount: views ? Number(views) : null,
    weekdayMismatch:
      weekday === null || weekday.toLowerCase() === actualWeekday
        ? null
        : `the printed weekday "${weekday}" does not match ${isoDate({ year, month, day })}, a ${actualWeekday}`,
  }
}
