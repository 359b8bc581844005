export interface LocalDateTimeParts {
  year: number
  /** 1-12 */
  month: number
  day: number
  hour: number
  minute: number
}

const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000

const formatters = new Map<string, Intl.DateTimeFormat>()

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    // Throws a RangeError for an unknown zone, which is what a caller should see.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall clock reading in `timeZone` at `instant`, expressed as if it were UTC (ms). */
const wallClockAt = (instant: number, timeZone: string): number => {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  )
}

const offsetAt = (instant: number, timeZone: string): number =>
  wallClockAt(instant, timeZone) - instant

/**
 * Converts a wall-clock time in an IANA zone to a UTC instant using only Intl.
 * Like Temporal's "compatible" disambiguation: a time that occurs twice (clocks going back)
 * gives the earlier instant; a time skipped by clocks going forward is moved forward by the gap.
 */
export const zonedTimeToUtc = (local: LocalDateTimeParts, timeZone: string): Date => {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute)
  // A zone changes offset at most once around a given day, so the offsets a day either side
  // are the only candidates.
  const offsetBefore = offsetAt(asUtc - MS_PER_DAY, timeZone)
  const offsetAfter = offsetAt(asUtc + MS_PER_DAY, timeZone)
  const matches = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset)
    .filter((instant) => wallClockAt(instant, timeZone) === asUtc)
    .sort((a, b) => a - b)
  const instant = matches[0] ?? asUtc - offsetBefore
  return new Date(Math.round(instant / MS_PER_MINUTE) * MS_PER_MINUTE)
}
