import { isoInstant } from '../publishing/isoInstant'
import { markup } from './html'
import type { SafeHtml } from './html'
import { MONTHS } from '../calendar'

const twoDigits = (value: number): string => String(value).padStart(2, '0')

/**
 * "8 December 2011, 14:58 UTC": spelled out by hand rather than by Intl, whose wording changes
 * with the ICU version; in UTC, the one time zone every reader can convert from.
 */
export const readerDate = (value: string | null | undefined): string | undefined => {
  const instant = isoInstant(value)
  if (!instant) return undefined
  const date = new Date(instant)
  const time = `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}`
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${time} UTC`
}

/** A `<time>` element with the machine-readable instant; nothing for a missing or bad date. */
export const timeElement = (value: string | null | undefined): SafeHtml => {
  const instant = isoInstant(value)
  return instant ? markup`<time datetime="${instant}">${readerDate(instant)}</time>` : markup``
}
